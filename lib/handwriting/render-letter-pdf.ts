import PDFDocument from "pdfkit";
import { graphemeCount, layoutLetter, MARGIN_X, placeholderWidth, type LetterInput, type LetterLayout, type PlacedWord } from "./layout-letter";

export type { LetterInput } from "./layout-letter";
export type RenderedLetter = { pdf: Buffer; pages: number; missingCharacters: string[] };

/**
 * The letter as a PDF, laid out by layoutLetter: paper colour, faint rules, the hand's fonts
 * embedded. Characters no font can draw are drawn as an empty box and returned, never dropped.
 */
export async function renderLetterPdf(input: LetterInput): Promise<RenderedLetter> {
  const doc = new PDFDocument({ margin: 0, autoFirstPage: false, info: { Title: "A handwritten letter" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const layout = layoutLetter(doc, input);
  for (const words of layout.pages) {
    doc.addPage({ size: layout.page.name, margin: 0 });
    drawPaper(doc, layout);
    for (const word of words) drawWord(doc, word, layout.ink);
  }
  doc.end();
  return { pdf: await finished, pages: layout.pages.length, missingCharacters: layout.missingCharacters };
}

function drawPaper(doc: PDFKit.PDFDocument, { page, paper, rules }: LetterLayout) {
  doc.rect(0, 0, page.width, page.height).fill(paper.paper);
  doc.save().lineWidth(0.6).strokeColor(paper.rule).strokeOpacity(0.9);
  for (const y of rules) doc.moveTo(MARGIN_X - 26, y).lineTo(page.width - MARGIN_X + 26, y).stroke();
  doc.restore();
}

function drawWord(doc: PDFKit.PDFDocument, word: PlacedWord, ink: string) {
  doc.save().translate(word.x, word.y).rotate(word.angle).fillColor(ink).fillOpacity(word.opacity).strokeColor(ink);
  let offset = 0;
  for (const piece of word.pieces) {
    if (piece.font) {
      doc.font(piece.font).fontSize(word.size).text(piece.text, offset, 0, { lineBreak: false, baseline: "alphabetic" });
    } else {
      // An empty box where a character could not be drawn, so the gap is visible on the page.
      const w = placeholderWidth(word.size);
      for (let i = 0; i < graphemeCount(piece.text); i++) {
        doc.lineWidth(0.6).rect(offset + i * w + w * 0.15, -word.size * 0.6, w * 0.7, word.size * 0.6).stroke();
      }
    }
    offset += piece.width;
  }
  doc.restore();
}
