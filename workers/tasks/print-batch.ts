// A print batch's PDF in a worker thread: the handwriting engine's batch renderer, unchanged.
import { renderPrintBatchPdf as render, type PrintBatchInput } from "@/lib/handwriting/render-print-batch";

export const renderPrintBatchPdf = async (batch: PrintBatchInput): Promise<Uint8Array> => {
  const pdf = await render(batch);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
};
