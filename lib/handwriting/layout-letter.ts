import { inks, stationeries, type Ink, type Stationery } from "@/lib/orders/catalogue";
import type { FontName } from "./fonts";
import { fontChain, graphemes, type ChainFont, type FontChain } from "./hands";
import { compose, rotate, translate, type Matrix } from "./matrix";
import { paperFor, type Paper } from "./paper";
import { seededRandom } from "./seeded-random";

export type LetterInput = {
  body: string;
  style: string;
  ink: string;
  stationery: string;
  variety: string;
  /** The same seed (the order id) always gives the same letter. */
  seed: string;
  paper?: string | null;
};

/**
 * One glyph on the page. `matrix` maps the glyph's em square (1 unit = 1 em, y up, origin on its
 * baseline) to page points (y down), so every output draws exactly the same thing. `font` null is a
 * character no font can draw: an empty box of `id` -1, never a silent gap.
 */
export type PlacedGlyph = { font: FontName | null; id: number; codePoints: number[]; matrix: Matrix; opacity: number };

/** A word with where it came from in the body (`at`, UTF-16 offset) and a box for selecting it on screen. */
export type PlacedWord = { text: string; at: number; line: number; glyphs: PlacedGlyph[]; box: { matrix: Matrix; width: number; size: number } };

export type LetterPage = { words: PlacedWord[]; /** The text of each written line, for comparing outputs. */ lines: string[] };

export type LetterLayout = {
  paper: Paper;
  ink: string;
  stationery: { paper: string; rule: string };
  /** Baselines of the ruled lines, the same on every page, and where they start and end. */
  rules: number[];
  ruleSpan: [number, number];
  pages: LetterPage[];
  missingCharacters: string[];
};

// Natural variation, kept inside careful bounds: a letter written by an attentive hand, not a shaky one.
const WORD = { size: 0.03, rotation: 0.9, baseline: 0.9 } as const;
const GLYPH = { size: 0.045, rotation: 2.2, baseline: 0.55, slant: 2.5, spacing: 0.05 } as const;
const LINE = { slope: 0.45, drift: [-3, 7], driftStep: 2 } as const;
const INK = { range: [0.8, 0.97], wordStep: 0.035, glyph: 0.045 } as const;
const MAX_BLANK_RUN = 2;
const MISSING_WIDTH = 0.55; // em, the empty box drawn for a character no font has

type Random = ReturnType<typeof seededRandom>;
type ShapedGlyph = { font: ChainFont | null; id: number; codePoints: number[]; x: number; dy: number; size: number; rotation: number; slant: number; ink: number };
type ShapedWord = { text: string; at: number; glyphs: ShapedGlyph[]; width: number; size: number; gap: number };
type Line = { words: ShapedWord[]; paragraph: number } | "blank";

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

/**
 * Lays a letter out in the order's hand, ink and paper, glyph by glyph, with seeded variation per
 * glyph, word and line. Pure: text and choices in, positions out; SVG and PDF draw from the same
 * result, so the screen shows the same line breaks and pages as the print.
 */
export function layoutLetter(input: LetterInput): LetterLayout {
  const paper = paperFor(input.paper, input.variety);
  const chain = fontChain(input.style);
  const random = seededRandom(input.seed);
  const missing = new Set<string>();
  // Smaller sheets have closer rules; the hand shrinks with them.
  const size = (chain.hand.size * paper.ruleGap) / 30;
  const shaper = wordShaper(chain, size, random, missing);
  const lineWidth = paper.width - 2 * paper.margin;
  const spaceWidth = (chain.fonts[0].font.layout(" ").advanceWidth / chain.fonts[0].font.unitsPerEm) * size * chain.hand.space;

  const lines = layoutLines(input.body, shaper, lineWidth, () => spaceWidth * (1 + random.between(-0.15, 0.15)));
  const perPage = Math.floor((paper.height - paper.top - paper.bottom) / paper.ruleGap) + 1;
  let ink = random.between(INK.range[0], INK.range[1]);
  let drift = 0;

  const place = (word: ShapedWord, x: number, y: number, angle: number, line: number): PlacedWord => {
    ink = clamp(ink + random.between(-INK.wordStep, INK.wordStep), INK.range[0], INK.range[1]);
    const origin = compose(translate(x, y), rotate(angle));
    const glyphs = word.glyphs.map((g) => ({
      font: g.font?.name ?? null,
      id: g.id,
      codePoints: g.codePoints,
      matrix: glyphMatrix(origin, g),
      opacity: round2(clamp(ink + g.ink, 0.7, 1)),
    }));
    return { text: word.text, at: word.at, line, glyphs, box: { matrix: origin, width: word.width, size: word.size } };
  };

  const pages = paginate(lines, perPage).map((pageLines, index): LetterPage => {
    const words: PlacedWord[] = [];
    const texts: string[] = [];
    if (index > 0) {
      // Continuation sheets are numbered at the top, by hand, as people number their sheets.
      const number = shaper(String(index + 1), -1);
      words.push(place(number, paper.width - paper.margin - number.width, paper.top - paper.ruleGap * 1.6, random.between(-2, 2), -1));
    }
    pageLines.forEach((line, row) => {
      if (line === "blank") return;
      const ruleY = paper.top + row * paper.ruleGap;
      const slope = random.between(-LINE.slope, LINE.slope);
      // The left edge wanders slowly down the page, as a hand does without a margin rule.
      drift = clamp(drift + random.between(-LINE.driftStep, LINE.driftStep), LINE.drift[0], LINE.drift[1]);
      const left = paper.margin + drift;
      let x = left;
      for (const word of line.words) {
        x += word.gap;
        const y = ruleY - 3 + (x - left) * Math.tan((slope * Math.PI) / 180) + random.between(-WORD.baseline, WORD.baseline);
        words.push(place(word, x, y, slope + random.between(-WORD.rotation, WORD.rotation), texts.length));
        x += word.width;
      }
      texts.push(line.words.map((w) => w.text).join(" "));
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
    missingCharacters: [...missing],
  };
}

/**
 * Shapes a word, then varies each glyph: a new size, angle, baseline, slant, spacing and ink for
 * every letter of a print hand, and the font's alternate forms taken in turn; joined-up hands vary
 * only their ink inside a word and move as a whole, so their joins stay joined.
 */
function wordShaper(chain: FontChain, baseSize: number, random: Random, missing: Set<string>) {
  const loose = chain.hand.connected ? 0 : 1;
  const turns = new Map<RunGlyph, number>();
  return (text: string, at: number): ShapedWord => {
    const size = baseSize * (1 + random.between(-WORD.size, WORD.size));
    const glyphs: ShapedGlyph[] = [];
    let pen = 0;
    for (const shaped of wordGlyphs(chain, text)) {
      if (!shaped.font) {
        missing.add(shaped.missing);
        glyphs.push({ font: null, id: -1, codePoints: [], x: pen, dy: 0, size, rotation: 0, slant: 0, ink: 0 });
        pen += MISSING_WIDTH * size;
        continue;
      }
      const turn = turns.get(shaped) ?? 0;
      turns.set(shaped, turn + 1);
      const em = size * shaped.font.scale;
      glyphs.push({
        font: shaped.font,
        id: shaped.forms[turn % shaped.forms.length],
        codePoints: shaped.codePoints,
        x: pen + shaped.xOffset * em,
        dy: -shaped.yOffset * em + loose * random.between(-GLYPH.baseline, GLYPH.baseline),
        size: em * (1 + loose * random.between(-GLYPH.size, GLYPH.size)),
        rotation: loose * random.between(-GLYPH.rotation, GLYPH.rotation),
        slant: loose * random.between(-GLYPH.slant, GLYPH.slant),
        ink: random.between(-INK.glyph, INK.glyph),
      });
      pen += shaped.xAdvance * em * (1 + loose * random.between(-GLYPH.spacing, GLYPH.spacing));
    }
    return { text, at, glyphs, width: pen, size, gap: 0 };
  };
}

type WordGlyph = (RunGlyph & { font: ChainFont }) | { font: null; missing: string };
const shapedWords = new WeakMap<FontChain, Map<string, WordGlyph[]>>();

/**
 * A word's glyphs before any variation, cached per hand: split into stretches one font of the chain
 * draws; a print hand's graphemes are shaped one by one (each is drawn on its own), a joined-up
 * run whole, because its letters take their forms from their neighbours.
 */
function wordGlyphs(chain: FontChain, text: string): WordGlyph[] {
  let words = shapedWords.get(chain);
  if (!words) shapedWords.set(chain, (words = new Map()));
  let glyphs = words.get(text);
  if (!glyphs) {
    glyphs = [];
    for (const run of fontRuns(chain, text)) {
      const font = run.font;
      if (!font) {
        for (const { segment } of graphemes.segment(run.text)) glyphs.push({ font: null, missing: segment });
        continue;
      }
      const alternates = font.name === chain.hand.font ? chain.hand.alternates : [];
      const pieces = chain.hand.connected ? [run.text] : [...graphemes.segment(run.text)].map((g) => g.segment);
      for (const piece of pieces) for (const glyph of shapeRun(font, piece, alternates)) glyphs.push({ ...glyph, font });
    }
    if (words.size >= SHAPED_RUNS_KEPT) words.clear();
    words.set(text, glyphs);
  }
  return glyphs;
}

/** A shaped glyph in ems, with the other forms of it that the hand's alternate features give. */
type RunGlyph = { id: number; forms: number[]; codePoints: number[]; xOffset: number; yOffset: number; xAdvance: number };
const shapedRuns = new Map<string, RunGlyph[]>();
const SHAPED_RUNS_KEPT = 50_000;

/** fontkit's shaping, cached per process: shaping takes about half a millisecond a call. */
function shapeRun({ name, font }: ChainFont, text: string, alternates: string[]): RunGlyph[] {
  const key = `${name}\u0000${text}`;
  let glyphs = shapedRuns.get(key);
  if (!glyphs) {
    const run = font.layout(text);
    const others = alternates.map((feature) => font.layout(text, [feature])).filter((r) => r.glyphs.length === run.glyphs.length);
    glyphs = run.glyphs.map((glyph, i) => ({
      id: glyph.id,
      forms: [...new Set([glyph.id, ...others.map((r) => r.glyphs[i].id)])],
      codePoints: glyph.codePoints,
      xOffset: run.positions[i].xOffset / font.unitsPerEm,
      yOffset: run.positions[i].yOffset / font.unitsPerEm,
      xAdvance: run.positions[i].xAdvance / font.unitsPerEm,
    }));
    if (shapedRuns.size >= SHAPED_RUNS_KEPT) shapedRuns.clear();
    shapedRuns.set(key, glyphs);
  }
  return glyphs;
}

/** Splits text into stretches that one font of the chain draws, grapheme by grapheme. */
function fontRuns(chain: FontChain, text: string): { font: ChainFont | null; text: string }[] {
  const runs: { font: ChainFont | null; text: string }[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const font = chain.fontFor(segment);
    const last = runs.at(-1);
    if (last && last.font === font) last.text += segment;
    else runs.push({ font, text: segment });
  }
  return runs;
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

/** origin · translate(x, dy) · rotate · slant · scale(size, -size), multiplied out: it runs for every glyph. */
function glyphMatrix([a, b, c, d, e, f]: Matrix, g: ShapedGlyph): Matrix {
  const r = (g.rotation * Math.PI) / 180;
  const cos = Math.cos(r) * g.size;
  const sin = Math.sin(r) * g.size;
  const k = Math.tan((g.slant * Math.PI) / 180);
  // rotate · slant · scale(size, -size) = [cos, sin, k·cos + sin, k·sin − cos] (times size)
  const [a2, b2, c2, d2] = [cos, sin, k * cos + sin, k * sin - cos];
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * g.x + c * g.dy + e, b * g.x + d * g.dy + f];
}

const round2 = (value: number) => Math.round(value * 100) / 100;
