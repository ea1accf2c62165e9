import { and, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, orders, printBatches } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { choiceKeys, papers } from "@/lib/orders/catalogue";
import { batchLetters, inPrintQueue } from "./batch-letters";
import { effectivePaper } from "./effective-paper";

export const createPrintBatchSchema = z.strictObject({ paper: z.enum(choiceKeys(papers)) });

/**
 * Gathers every printable letter of the queue on one paper into a new batch, and queues the building
 * of its PDF. Letters that cannot be printed yet (characters no hand can write, no postal address)
 * stay in the queue, saying why.
 */
export async function createPrintBatch(db: DbOrTx, actor: Actor, { paper }: z.output<typeof createPrintBatchSchema>) {
  if (!can(actor, "order.fulfil")) throw notFound("That page");
  return db.transaction(async (tx) => {
    const ready = (await batchLetters(tx, inPrintQueue)).filter((l) => effectivePaper(l.order) === paper && !l.blocked);
    if (ready.length === 0) throw new AppError("INVALID", "No letters on that paper are ready to print.");
    const [batch] = await tx.insert(printBatches).values({ paper, createdById: actor.id, pdfStatus: "queued" }).returning();
    // Only orders still unbatched: a batch made at the same moment keeps the ones it took.
    const taken = await tx
      .update(orders)
      .set({ printBatchId: batch.id, updatedAt: new Date() })
      .where(and(inArray(orders.id, ready.map((l) => l.order.id)), isNull(orders.printBatchId)))
      .returning({ id: orders.id, status: orders.status });
    if (taken.length === 0) throw new AppError("CONFLICT", "Those letters were just put in another batch.");
    await tx.insert(auditLog).values(
      taken.map((o) => ({
        actorId: actor.id,
        actorRole: actor.role,
        action: "order.batch",
        entityType: "order",
        entityId: o.id,
        fromStatus: o.status,
        toStatus: o.status,
        detail: { batch: batch.number },
      })),
    );
    // The batch PDF is built in the background (it holds a core for seconds) and stored for download.
    await enqueueJob(tx, "print-batch.render", { batchId: batch.id });
    return { ...batch, letters: taken.length };
  });
}
