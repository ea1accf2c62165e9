import { asc, desc, eq, inArray } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, printBatches, recipients } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

/** The most recent print batches with their letters (status and tracking), newest first. */
export async function listPrintBatches(db: DbOrTx, actor: Actor, limit = 10) {
  if (!can(actor, "order.fulfil")) throw notFound("That page");
  const batches = await db.select().from(printBatches).orderBy(desc(printBatches.createdAt), desc(printBatches.id)).limit(limit);
  if (batches.length === 0) return [];
  const letters = await db
    .select({ id: orders.id, batchId: orders.printBatchId, status: orders.status, tracking: orders.trackingReference, recipientName: recipients.name })
    .from(orders)
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .where(inArray(orders.printBatchId, batches.map((b) => b.id)))
    .orderBy(asc(orders.createdAt), asc(orders.id));
  return batches.map((batch) => ({ ...batch, letters: letters.filter((l) => l.batchId === batch.id) }));
}
