import { and, eq, isNull, ne, or } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { printBatches } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue-job";

export const requestBatchPdfSchema = z.strictObject({ batchId: z.uuid() });

/**
 * Queues the building of a batch's PDF: when the batch is made, and again when a build failed (or
 * for a batch made before PDFs were built in the background). A build already queued or running is
 * left as it is; the job carries only the batch's id.
 */
export async function requestBatchPdf(db: DbOrTx, actor: Actor, { batchId }: z.output<typeof requestBatchPdfSchema>): Promise<void> {
  if (!can(actor, "order.fulfil")) throw notFound("That batch");
  await db.transaction(async (tx) => {
    const [batch] = await tx
      .update(printBatches)
      .set({ pdfStatus: "queued", pdfProgress: 0, pdfError: null, pdfFile: null, pdfStartedAt: null })
      .where(and(eq(printBatches.id, batchId), or(isNull(printBatches.pdfStatus), and(ne(printBatches.pdfStatus, "queued"), ne(printBatches.pdfStatus, "running")))))
      .returning({ id: printBatches.id });
    if (batch) await enqueueJob(tx, "print-batch.render", { batchId });
    else if ((await tx.select({ id: printBatches.id }).from(printBatches).where(eq(printBatches.id, batchId))).length === 0) throw notFound("That batch");
  });
}
