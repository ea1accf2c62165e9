import { inks, stationeries, type Ink, type Stationery } from "@/lib/orders/catalogue";
import { graphemes } from "./hands";
import { paperFor, type Paper } from "./paper";
import { clamp, pen, type PlacedWord, type ShapedWord } from "./pen";

export type LetterInput = {
  body: string;
  style: string;
  ink: string;
  stationery: string;
  variety: string;
  /** The same seed (the order id) always gives the same letter. */
  seed: string;
  paper?: string | null;
  /** A date written at the top right of the first sheet, as it should read ("27 November 2026"). */
  date?: string | null;
};

export type { PlacedGlyph, PlacedWord } from "./pen";

export type LetterPage = { words: PlacedWord[]; /** The text of each written line, for comparing outputs. */ lines: string[] };

/** What the SVG and PDF outputs draw: sheets of one size, optionally ruled, with placed words. */
export type SheetLayout = {
  paper: { width: number; height: number };
  ink: string;
  stationery: { paper: string; rule: string };
  /** Baselines of the ruled lines, the same on every page, and where they start and end. */
  rules: number[];
  ruleSpan: [number, number];
  pages: LetterPage[];
  missingCharacters: string[];
};

export type LetterLayout = SheetLayout & { paper: Paper };

// The left edge wanders within these bounds, by up to a step a line.
const DRIFT = { range: [-3, 7], step: 2 } as const;
const MAX_BLANK_RUN = 2;

/** `aside`: written at the right, outside the letter's text (the date). */
type Line = { words: ShapedWord[]; paragraph: number; aside?: boolean } | "blank";

/**
 * Lays a letter out in the order's hand, ink and paper, glyph by glyph, with seeded variation per
 * glyph, word and line. Pure: text and choices in, positions out; SVG and PDF draw from the same
 * result, so the screen shows the same line breaks and pages as the print.
 */
export function layoutLetter(input: LetterInput): LetterLayout {
  const paper = paperFor(input.paper, input.variety);
  // Smaller sheets have closer rules; the hand shrinks with them.
  const hand = pen(input.style, input.seed, paper.ruleGap / 30);
  const lineWidth = paper.width - 2 * paper.margin;
  const lines = layoutLines(input.body, hand.shape, lineWidth, hand.space);
  if (input.date) {
    const words = input.date.split(" ").map((word, i) => ({ ...hand.shape(word, -1), gap: i ? hand.space() : 0 }));
    lines.unshift({ words, paragraph: -1, aside: true }, "blank");
  }
  const perPage = Math.floor((paper.height - paper.top - paper.bottom) / paper.ruleGap) + 1;
  let drift = 0;

  const pages = paginate(lines, perPage).map((pageLines, index): LetterPage => {
    const words: PlacedWord[] = [];
    const texts: string[] = [];
    if (index > 0) {
      // Continuation sheets are numbered at the top, by hand, as people number their sheets.
      const number = hand.shape(String(index + 1), -1);
      words.push(hand.place(number, paper.width - paper.margin - number.width, paper.top - paper.ruleGap * 1.6, hand.random.between(-2, 2), -1));
    }
    pageLines.forEach((line, row) => {
      if (line === "blank") return;
      // The left edge wanders slowly down the page, as a hand does without a margin rule.
      drift = clamp(drift + hand.random.between(-DRIFT.step, DRIFT.step), DRIFT.range[0], DRIFT.range[1]);
      const width = line.words.reduce((sum, w) => sum + w.gap + w.width, 0);
      const left = line.aside ? paper.width - paper.margin - width - drift : paper.margin + drift;
      words.push(...hand.writeLine(line.words, left, paper.top + row * paper.ruleGap - 3, line.aside ? -1 : texts.length));
      if (!line.aside) texts.push(line.words.map((w) => w.text).join(" "));
    });
    return { words, lines: texts };
  });

  return {
    paper,
    ink: inks[input.ink as Ink]?.hex ?? inks.navy.hex,
    stationery: stationeries[input.stationery as Stationery] ?? stationeries.cream,
    rules: Array.from({ length: perPage }, (_, row) => paper.top + row * paper.ruleGap),
    ruleSpan: [paper.margin - 26, paper.width - paper.margin + 26],
    pages,
    missingCharacters: [...hand.missing],
  };
}

function layoutLines(body: string, shape: (text: string, at: number) => ShapedWord, lineWidth: number, space: () => number): Line[] {
  const lines: Line[] = [];
  let blankRun = 0;
  let paragraph = 0;
  let offset = 0;
  for (const raw of body.split("\n")) {
    const start = offset;
    offset += raw.length + 1;
    const tokens = [...raw.matchAll(/\S+/g)];
    if (tokens.length === 0) {
      if (++blankRun <= MAX_BLANK_RUN) lines.push("blank");
      if (blankRun === 1) paragraph++;
      continue;
    }
    blankRun = 0;
    let line: ShapedWord[] = [];
    let used = 0;
    for (const token of tokens) {
      for (const word of fitWord(shape, token[0], start + token.index, lineWidth)) {
        word.gap = line.length ? space() : 0;
        if (line.length && used + word.gap + word.width > lineWidth) {
          lines.push({ words: line, paragraph });
          line = [];
          used = 0;
          word.gap = 0;
        }
        line.push(word);
        used += word.gap + word.width;
      }
    }
    lines.push({ words: line, paragraph });
  }
  while (lines.at(-1) === "blank") lines.pop();
  return lines;
}

/** A word wider than the line (a long link, say) is broken between graphemes. */
function fitWord(shape: (text: string, at: number) => ShapedWord, text: string, at: number, lineWidth: number): ShapedWord[] {
  const word = shape(text, at);
  if (word.width <= lineWidth) return [word];
  const parts = [...graphemes.segment(text)];
  const share = Math.max(1, Math.floor((parts.length * lineWidth) / word.width) - 1);
  const head = parts.slice(0, share).map((p) => p.segment).join("");
  return [shape(head, at), ...fitWord(shape, text.slice(head.length), at + head.length, lineWidth)];
}

/**
 * Fills pages with lines. A page never starts with the gap between paragraphs, and the closing
 * (the last short paragraph: "With love, / Clara") stays on one sheet with at least two lines of the
 * letter before it, so a name never stands alone on the last page.
 */
function paginate(lines: Line[], perPage: number): Line[][] {
  const keepFrom = closingKeepStart(lines);
  const pages: Line[][] = [[]];
  lines.forEach((line, index) => {
    let current = pages.at(-1)!;
    const keepTogether = index === keepFrom && lines.length - index <= perPage && current.length + (lines.length - index) > perPage;
    if (current.length === perPage || (keepTogether && current.length > 0)) pages.push((current = []));
    if (line === "blank" && current.length === 0 && pages.length > 1) return;
    current.push(line);
  });
  return pages;
}

/** Where the block that must stay together starts: two written lines before the closing paragraph. */
function closingKeepStart(lines: Line[]): number {
  const last = lines.at(-1);
  if (!last || last === "blank") return -1;
  let start = lines.length - 1;
  while (start > 0 && lines[start - 1] !== "blank" && (lines[start - 1] as { paragraph: number }).paragraph === last.paragraph) start--;
  if (lines.length - start > 3 || start === 0) return -1; // no short closing paragraph after a body
  for (let written = 0; start > 0 && written < 2; ) if (lines[--start] !== "blank") written++;
  return start;
}
