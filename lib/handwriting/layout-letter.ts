import { inks, stationeries, type Ink, type Stationery } from "@/lib/orders/catalogue";
import { handFonts } from "./hand-fonts";
import { pageSize } from "./page-size";
import { registerFontChain, type FontChain } from "./register-font-chain";
import { seededRandom } from "./seeded-random";

export type LetterInput = { body: string; style: string; ink: string; stationery: string; variety: string; seed: string };

/** A run of one font inside a word; `font` null marks graphemes no font can draw. */
export type Piece = { font: string | null; text: string; width: number };
/** A word placed on the page: (x, y) is the start of its baseline, `angle` in degrees. */
export type PlacedWord = { pieces: Piece[]; x: number; y: number; angle: number; size: number; opacity: number };

export type LetterLayout = {
  page: ReturnType<typeof pageSize>;
  ink: string;
  paper: { paper: string; rule: string };
  /** Baselines of the ruled lines, the same on every page. */
  rules: number[];
  /** Font names to CSS families, for the SVG preview. */
  cssFamilies: Record<string, string>;
  pages: PlacedWord[][];
  missingCharacters: string[];
};

export const MARGIN_X = 68;
const FIRST_RULE = 112;
const BOTTOM = 64;
const RULE_GAP = 30; // one handwritten line per rule, whatever the hand
const MAX_BLANK_RUN = 2;

// Natural variation, kept small: a letter should look written by a careful hand, not a shaky one.
const JITTER = { baseline: 1.1, rotation: 1.2, size: 0.03, slope: 0.5, indent: 4, opacity: [0.84, 0.97], space: 0.18 } as const;
const MAX_ANGLE = 1.5;

type Word = { pieces: Piece[]; width: number; size: number; gap: number }; // gap: the space before it
type Line = Word[] | "blank";

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
export const graphemeCount = (text: string) => [...graphemes.segment(text)].length;
export const placeholderWidth = (size: number) => size * 0.55;

/**
 * Lays a letter out in the order's hand, ink and paper: each word placed by us, with a seeded
 * wobble of baseline, angle, size and ink per word and a slope per line, so it reads as handwriting
 * and comes out the same for the same seed. `doc` is only used to load fonts and measure text.
 */
export function layoutLetter(doc: PDFKit.PDFDocument, input: LetterInput): LetterLayout {
  const page = pageSize(input.variety);
  const { sources, size, space, cssFamilies } = handFonts(input.style);
  const chain = registerFontChain(doc, sources);
  const random = seededRandom(input.seed);
  const missing = new Set<string>();
  const lineWidth = page.width - 2 * MARGIN_X;

  const measureWord = (text: string): Word => {
    const wordSize = size * (1 + random.between(-JITTER.size, JITTER.size));
    const pieces: Piece[] = [];
    for (const { segment } of graphemes.segment(text)) {
      const font = chain.fontFor(segment);
      if (!font) missing.add(segment);
      const last = pieces.at(-1);
      if (last && last.font === font && font) last.text += segment;
      else pieces.push({ font, text: segment, width: 0 });
    }
    for (const piece of pieces) {
      piece.width = piece.font
        ? doc.font(piece.font).fontSize(wordSize).widthOfString(piece.text)
        : placeholderWidth(wordSize) * graphemeCount(piece.text);
    }
    return { pieces, size: wordSize, gap: 0, width: pieces.reduce((sum, p) => sum + p.width, 0) };
  };
  const spaceWidth = spaceMeasure(doc, chain, size);
  const lines = layoutLines(input.body, measureWord, lineWidth, () => space * spaceWidth * (1 + random.between(-JITTER.space, JITTER.space)));
  const linesPerPage = Math.floor((page.height - FIRST_RULE - BOTTOM) / RULE_GAP) + 1;

  const pages = paginate(lines, linesPerPage).map((pageLines, index) => {
    const placed: PlacedWord[] = [];
    if (index > 0) {
      // Page numbers from the second page on, in the same hand, as people number their sheets.
      const number = measureWord(String(index + 1));
      placed.push({ pieces: number.pieces, x: page.width - MARGIN_X - 16, y: FIRST_RULE - RULE_GAP * 1.6, angle: 0, size: number.size, opacity: 0.9 });
    }
    pageLines.forEach((line, row) => {
      if (line === "blank") return;
      const ruleY = FIRST_RULE + row * RULE_GAP;
      const slope = (random.between(-JITTER.slope, JITTER.slope) * Math.PI) / 180;
      let x = MARGIN_X + random.between(0, JITTER.indent);
      const left = x;
      for (const word of line) {
        x += word.gap;
        const y = ruleY - 3 + (x - left) * Math.tan(slope) + random.between(-JITTER.baseline, JITTER.baseline);
        const angle = clamp((slope * 180) / Math.PI + random.between(-JITTER.rotation, JITTER.rotation), MAX_ANGLE);
        const opacity = random.between(JITTER.opacity[0], JITTER.opacity[1]);
        placed.push({ pieces: word.pieces, x, y, angle, size: word.size, opacity });
        x += word.width;
      }
    });
    return placed;
  });

  return {
    page,
    ink: inks[input.ink as Ink]?.hex ?? inks.navy.hex,
    paper: stationeries[input.stationery as Stationery] ?? stationeries.cream,
    rules: Array.from({ length: linesPerPage }, (_, row) => FIRST_RULE + row * RULE_GAP),
    cssFamilies,
    pages,
    missingCharacters: [...missing],
  };
}

function layoutLines(body: string, measure: (text: string) => Word, lineWidth: number, space: () => number): Line[] {
  const lines: Line[] = [];
  let blankRun = 0;
  for (const raw of body.normalize("NFC").replace(/\r\n?/g, "\n").split("\n")) {
    const words = raw.replace(/\t/g, " ").split(/ +/).filter(Boolean);
    if (words.length === 0) {
      if (++blankRun <= MAX_BLANK_RUN) lines.push("blank");
      continue;
    }
    blankRun = 0;
    let line: Word[] = [];
    let used = 0;
    for (const word of words.flatMap((w) => splitLongWord(measure(w), lineWidth))) {
      word.gap = line.length ? space() : 0;
      if (line.length && used + word.gap + word.width > lineWidth) {
        lines.push(line);
        line = [];
        used = 0;
        word.gap = 0;
      }
      line.push(word);
      used += word.gap + word.width;
    }
    lines.push(line);
  }
  while (lines.at(-1) === "blank") lines.pop();
  return lines;
}

/** A word wider than the line (a long link, say) is broken between graphemes. */
function splitLongWord(word: Word, lineWidth: number): Word[] {
  if (word.width <= lineWidth) return [word];
  const parts: Word[] = [];
  let current: Word = { pieces: [], width: 0, size: word.size, gap: 0 };
  for (const piece of word.pieces) {
    const perGrapheme = piece.width / Math.max(1, graphemeCount(piece.text));
    for (const { segment } of graphemes.segment(piece.text)) {
      if (current.width + perGrapheme > lineWidth && current.pieces.length) {
        parts.push(current);
        current = { pieces: [], width: 0, size: word.size, gap: 0 };
      }
      current.pieces.push({ font: piece.font, text: segment, width: perGrapheme });
      current.width += perGrapheme;
    }
  }
  parts.push(current);
  return parts;
}

function paginate(lines: Line[], perPage: number): Line[][] {
  const pages: Line[][] = [[]];
  for (const line of lines) {
    let current = pages.at(-1)!;
    if (current.length === perPage) pages.push((current = []));
    // A new page starts with writing, not with the gap between paragraphs.
    if (line === "blank" && current.length === 0 && pages.length > 1) continue;
    current.push(line);
  }
  return pages;
}

const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));

function spaceMeasure(doc: PDFKit.PDFDocument, chain: FontChain, size: number): number {
  return doc.font(chain.fontFor(" ") ?? "hand-latin").fontSize(size).widthOfString(" ");
}
