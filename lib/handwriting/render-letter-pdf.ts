import PDFDocument from "pdfkit";
import { loadFont, type FontName } from "./fonts";
import { layoutLetter, type LetterInput, type PlacedGlyph, type SheetLayout } from "./layout-letter";

export type { LetterInput } from "./layout-letter";
export type RenderedLetter = { pdf: Buffer; pages: number; missingCharacters: string[] };

/**
 * The letter as a PDF, drawn from the same layout as the SVG: paper colour, faint rules, and each
 * glyph at its own matrix, with the hand's fonts embedded as subsets. Characters no font can draw
 * are drawn as an empty box and returned, never dropped.
 */
export async function renderLetterPdf(input: LetterInput): Promise<RenderedLetter> {
  const layout = layoutLetter(input);
  const pdf = await pdfOf("A handwritten letter", (doc) => drawSheets(doc, layout));
  return { pdf, pages: layout.pages.length, missingCharacters: layout.missingCharacters };
}

/** A new PDF document, drawn by `draw`, as bytes. */
export function pdfOf(title: string, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ margin: 0, autoFirstPage: false, info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  draw(doc);
  doc.end();
  return finished;
}

/** Adds a layout's sheets (a letter's pages, an envelope) to a document; print batches add many. */
export function drawSheets(doc: PDFKit.PDFDocument, layout: SheetLayout) {
  let glyphs = writers.get(doc);
  if (!glyphs) writers.set(doc, (glyphs = glyphWriter(doc)));
  for (const page of layout.pages) {
    doc.addPage({ size: [layout.paper.width, layout.paper.height], margin: 0 });
    drawPaper(doc, layout);
    doc.fillColor(layout.ink).strokeColor(layout.ink);
    for (const word of page.words) glyphs.draw(word.glyphs);
  }
}

function drawPaper(doc: PDFKit.PDFDocument, { paper, stationery, rules, ruleSpan }: SheetLayout) {
  doc.rect(0, 0, paper.width, paper.height).fill(stationery.paper);
  doc.save().lineWidth(0.6).strokeColor(stationery.rule).strokeOpacity(0.9);
  for (const y of rules) doc.moveTo(ruleSpan[0], y).lineTo(ruleSpan[1], y).stroke();
  doc.restore();
}

// The parts of pdfkit's embedded font used here. pdfkit only draws text it shapes itself; writing
// the glyph ids of our own layout (alternates, per-glyph matrices) needs its subset and tables.
type EmbeddedFont = {
  id: string;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
  font: { getGlyph(id: number): { advanceWidth: number } };
  ref(): unknown;
};
type Internals = { _font: EmbeddedFont; page: { fonts: Record<string, unknown> } };

const n = (value: number) => String(Math.round(value * 10000) / 10000);

/**
 * Writes glyphs as PDF text, one text matrix per glyph, so each can have its own size, angle and
 * slant while staying real, searchable text with a ToUnicode map.
 */
// One writer per document: a batch of letters shares each font's subset.
const writers = new WeakMap<PDFKit.PDFDocument, ReturnType<typeof glyphWriter>>();

function glyphWriter(doc: PDFKit.PDFDocument) {
  const fonts = new Map<FontName, EmbeddedFont>();
  const embedded = (name: FontName) => {
    let font = fonts.get(name);
    if (!font) {
      // The parsed font is shared across documents (loadFont): only the subset is per document.
      doc.registerFont(name, loadFont(name) as unknown as string);
      doc.font(name);
      font = (doc as unknown as Internals)._font;
      fonts.set(name, font);
    }
    const page = (doc as unknown as Internals).page;
    page.fonts[font.id] ??= font.ref();
    return font;
  };
  let opacity = -1;
  let page: unknown = null;
  return {
    draw(glyphs: PlacedGlyph[]) {
      // Each page starts from the default graphics state.
      if (doc.page !== page) [page, opacity] = [doc.page, -1];
      for (const glyph of glyphs) {
        if (glyph.opacity !== opacity) {
          doc.fillOpacity(glyph.opacity);
          opacity = glyph.opacity;
        }
        const [a, b, c, d, e, f] = glyph.matrix;
        if (!glyph.font) {
          // An empty box (in the glyph's em square) where no font has the character.
          doc.save().transform(a, b, c, d, e, f).lineWidth(0.04).rect(0.08, 0, 0.39, 0.6).stroke().restore();
          continue;
        }
        const font = embedded(glyph.font);
        const gid = font.subset.includeGlyph(glyph.id);
        font.widths[gid] ??= font.font.getGlyph(glyph.id).advanceWidth * font.scale;
        font.unicode[gid] ??= glyph.codePoints;
        doc.addContent(`BT /${font.id} 1 Tf ${n(a)} ${n(b)} ${n(c)} ${n(d)} ${n(e)} ${n(f)} Tm <${gid.toString(16).padStart(4, "0")}> Tj ET`);
      }
    },
  };
}
