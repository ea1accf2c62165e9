import PDFDocument from "pdfkit";
import { inks, stationeries, type Ink, type Stationery } from "@/lib/orders/catalogue";
import { handFonts } from "./hand-fonts";
import { pageSize } from "./page-size";
import { registerFontChain, type FontChain } from "./register-font-chain";
import { seededRandom } from "./seeded-random";

export type LetterInput = { body: string; style: string; ink: string; stationery: string; variety: string; seed: string };
export type RenderedLetter = { pdf: Buffer; pages: number; missingCharacters: string[] };

const MARGIN_X = 68;
const FIRST_RULE = 112;
const BOTTOM = 64;
const RULE_GAP = 30; // one handwritten line per rule, whatever the hand
const MAX_BLANK_RUN = 2;

// Natural variation, kept small: a letter should look written by a careful hand, not a shaky one.
const JITTER = { baseline: 1.1, rotation: 1.2, size: 0.03, slope: 0.5, indent: 4, opacity: [0.84, 0.97], space: 0.18 } as const;

type Piece = { font: string | null; text: string; width: number };
type Word = { pieces: Piece[]; width: number; size: number; gap: number }; // gap: the space before it
type Line = Word[] | "blank";

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Writes a letter out as a PDF in the order's hand, ink and paper: each word laid out by us, with a
 * seeded wobble of baseline, angle, size and ink per word and a slope per line, so it reads as
 * handwriting and comes out the same for the same seed. Characters no font can draw are drawn as an
 * empty box and returned, never silently dropped.
 */
export async function renderLetterPdf(input: LetterInput): Promise<RenderedLetter> {
  const page = pageSize(input.variety);
  const ink = inks[input.ink as Ink]?.hex ?? inks.navy.hex;
  const paper = stationeries[input.stationery as Stationery] ?? stationeries.cream;
  const doc = new PDFDocument({ size: page.name, margin: 0, autoFirstPage: false, info: { Title: "A handwritten letter" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const { sources, size, space } = handFonts(input.style);
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
        : placeholderWidth(wordSize) * [...graphemes.segment(piece.text)].length;
    }
    return { pieces, size: wordSize, gap: 0, width: pieces.reduce((sum, p) => sum + p.width, 0) };
  };

  const lines = layoutLines(input.body, measureWord, lineWidth, () => space * spaceWidth(doc, chain, size) * (1 + random.between(-JITTER.space, JITTER.space)));
  const linesPerPage = Math.floor((page.height - FIRST_RULE - BOTTOM) / RULE_GAP) + 1;
  const pages = paginate(lines, linesPerPage);

  pages.forEach((pageLines, index) => {
    doc.addPage({ size: page.name, margin: 0 });
    drawPaper(doc, page, paper, linesPerPage);
    if (index > 0) {
      drawWord(doc, measureWord(String(index + 1)), page.width - MARGIN_X - 16, FIRST_RULE - RULE_GAP * 1.6, 0, ink, 0.9);
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
        const angle = clamp((slope * 180) / Math.PI + random.between(-JITTER.rotation, JITTER.rotation), 1.5);
        drawWord(doc, word, x, y, angle, ink, random.between(JITTER.opacity[0], JITTER.opacity[1]));
        x += word.width;
      }
    });
  });
  doc.end();
  return { pdf: await finished, pages: pages.length, missingCharacters: [...missing] };
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
    const perGrapheme = piece.width / Math.max(1, [...graphemes.segment(piece.text)].length);
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

function drawPaper(doc: PDFKit.PDFDocument, page: { width: number; height: number }, paper: { paper: string; rule: string }, rules: number) {
  doc.rect(0, 0, page.width, page.height).fill(paper.paper);
  doc.save().lineWidth(0.6).strokeColor(paper.rule).strokeOpacity(0.9);
  for (let row = 0; row < rules; row++) {
    const y = FIRST_RULE + row * RULE_GAP;
    doc.moveTo(MARGIN_X - 26, y).lineTo(page.width - MARGIN_X + 26, y).stroke();
  }
  doc.restore();
}

function drawWord(doc: PDFKit.PDFDocument, word: Word, x: number, y: number, angle: number, ink: string, opacity: number) {
  doc.save().translate(x, y).rotate(angle).fillColor(ink).fillOpacity(opacity).strokeColor(ink);
  let offset = 0;
  for (const piece of word.pieces) {
    if (piece.font) {
      doc.font(piece.font).fontSize(word.size).text(piece.text, offset, 0, { lineBreak: false, baseline: "alphabetic" });
    } else {
      // An empty box where a character could not be drawn, so the gap is visible on the page.
      const w = placeholderWidth(word.size);
      for (let i = 0; i < [...graphemes.segment(piece.text)].length; i++) {
        doc.lineWidth(0.6).rect(offset + i * w + w * 0.15, -word.size * 0.6, w * 0.7, word.size * 0.6).stroke();
      }
    }
    offset += piece.width;
  }
  doc.restore();
}

const placeholderWidth = (size: number) => size * 0.55;
const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));

function spaceWidth(doc: PDFKit.PDFDocument, chain: FontChain, size: number): number {
  return doc.font(chain.fontFor(" ") ?? "hand-latin").fontSize(size).widthOfString(" ");
}
