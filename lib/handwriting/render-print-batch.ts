import type { PaperSize } from "@/lib/orders/catalogue";
import { papers } from "@/lib/orders/catalogue";
import { loadFont } from "./fonts";
import { layoutEnvelope, type EnvelopeInput } from "./layout-envelope";
import { layoutLetter, type LetterInput } from "./layout-letter";
import { drawSheets, pdfOf } from "./render-letter-pdf";

export type PrintBatchInput = {
  number: number;
  paper: PaperSize;
  createdAt: Date;
  letters: { reference: string; recipientName: string; letter: LetterInput; envelope: EnvelopeInput }[];
};

/**
 * One PDF for a print run: a typeset batch sheet listing every letter, then the letters in that
 * order, then their envelopes in the same order (printed as a second run on the envelope tray).
 */
export function renderPrintBatchPdf(batch: PrintBatchInput): Promise<Buffer> {
  const letters = batch.letters.map((item) => ({ ...item, layout: layoutLetter(item.letter) }));
  const envelopes = batch.letters.map((item) => layoutEnvelope(item.envelope));
  return pdfOf(`Print batch ${batch.number}`, (doc) => {
    const sheet = letters[0]?.layout.paper ?? { width: 595.28, height: 841.89 };
    doc.addPage({ size: [sheet.width, sheet.height], margin: 56 });
    doc.registerFont("batch-sheet", loadFont("ebGaramond") as unknown as string);
    doc.font("batch-sheet").fillColor("#222");
    doc.fontSize(20).text(`Print batch ${batch.number}`);
    doc.fontSize(11).text(`${papers[batch.paper].label} · ${envelopes[0]?.envelope.name ?? ""} envelopes · ${batch.letters.length} letters · ${batch.createdAt.toISOString().slice(0, 10)}`);
    doc.moveDown().text("The letters follow in this order, then their envelopes in the same order. Fold each letter into the envelope with its number.");
    doc.moveDown();
    letters.forEach((item, i) => {
      doc.text(`${i + 1}.  ${item.recipientName}  ·  order ${item.reference}  ·  ${item.layout.pages.length} ${item.layout.pages.length === 1 ? "sheet" : "sheets"}`);
    });
    for (const item of letters) drawSheets(doc, item.layout);
    for (const envelope of envelopes) drawSheets(doc, envelope);
  });
}
