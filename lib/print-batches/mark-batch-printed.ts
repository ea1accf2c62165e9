import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, printBatches } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { applyTransition } from "@/lib/orders/state-machine";

export const markBatchPrintedSchema = z.strictObject({ batchId: z.uuid() });

/**
 * Marks every approved letter of the batch printed (each through the state machine), and the batch.
 * Not before its PDF is made: there is nothing to have printed from.
 */
export async function markBatchPrinted(db: DbOrTx, actor: Actor, { batchId }: z.output<typeof markBatchPrintedSchema>) {
  if (!can(actor, "order.fulfil")) throw notFound("That batch");
  const [batch] = await db.select().from(printBatches).where(eq(printBatches.id, batchId));
  if (!batch) throw notFound("That batch");
  if (batch.pdfStatus !== "done") throw new AppError("CONFLICT", "The batch PDF is not ready yet: print from it before marking the batch printed.");
  const waiting = await db.select({ id: orders.id }).from(orders).where(and(eq(orders.printBatchId, batchId), eq(orders.status, "approved")));
  for (const { id } of waiting) await applyTransition(db, actor, id, "mark_printed");
  await db.update(printBatches).set({ printedAt: new Date() }).where(eq(printBatches.id, batchId));
  return { printed: waiting.length };
}
