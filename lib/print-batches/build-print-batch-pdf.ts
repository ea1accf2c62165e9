import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { orders, printBatches } from "@/lib/db/schema";
import { fileStore } from "@/lib/files/file-store";
import type { PrintBatchInput } from "@/lib/handwriting/render-print-batch";
import { letterInput } from "@/lib/handwriting/letter-input";
import type { PaperSize } from "@/lib/orders/catalogue";
import { runHeavyWork } from "@/lib/pool/heavy-work-pool";
import { batchLetters } from "./batch-letters";

const setPdf = (db: DbOrTx, batchId: string, values: Partial<typeof printBatches.$inferInsert>) =>
  db.update(printBatches).set(values).where(eq(printBatches.id, batchId));

/**
 * Builds a print batch's one PDF (batch sheet, letters, then envelopes in the same order) and stores
 * it: the print-batch.render job. It takes only the batch's id and is idempotent, as a queued job must
 * be: a batch whose PDF is stored is left alone, and a rerun after a crash starts over. The drawing
 * runs in the worker-thread pool; a 100-letter batch holds a core for seconds.
 */
export async function buildPrintBatchPdf(db: DbOrTx, batchId: string): Promise<void> {
  const [batch] = await db.select().from(printBatches).where(eq(printBatches.id, batchId));
  if (!batch) return;
  if (batch.pdfStatus === "done" && batch.pdfFile && (await fileStore().exists(batch.pdfFile.key))) return;
  await setPdf(db, batchId, { pdfStatus: "running", pdfProgress: 5, pdfError: null, pdfStartedAt: new Date() });
  try {
    const paper = batch.paper as PaperSize;
    const letters = await batchLetters(db, eq(orders.printBatchId, batch.id));
    await setPdf(db, batchId, { pdfProgress: 10 });
    const input: PrintBatchInput = {
      number: batch.number,
      paper,
      createdAt: batch.createdAt,
      letters: letters.map(({ order, recipient, client, version }) => ({
        reference: order.id.slice(0, 8),
        recipientName: recipient.name,
        letter: letterInput(order, version),
        envelope: {
          style: order.handwritingStyle,
          ink: order.inkColour,
          stationery: order.stationery,
          paper,
          seed: order.id,
          to: { name: recipient.name, address: recipient },
          from: client.returnAddress ? { name: client.name, address: client.returnAddress } : null,
        },
      })),
    };
    const pdf = await runHeavyWork("renderPrintBatchPdf", input);
    const key = `print-batches/${batch.id}/print-batch-${batch.number}.pdf`;
    await fileStore().put(key, pdf);
    await setPdf(db, batchId, { pdfStatus: "done", pdfProgress: 100, pdfFile: { key, bytes: pdf.byteLength } });
  } catch (error) {
    // Logged by name only: the letters' text and addresses never reach a log.
    console.error("print batch PDF failed", batchId, error instanceof Error ? error.name : "unknown");
    await setPdf(db, batchId, { pdfStatus: "failed", pdfError: "The batch PDF could not be made. Please try again." });
  }
}
