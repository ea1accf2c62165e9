import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems, collections } from "@/lib/db/schema";

/**
 * A client withdrew consent: their letter leaves every collection not yet sent to print (a printed
 * book cannot be recalled). Runs inside the withdrawal's transaction; returns how many books it left.
 */
export async function removeWithdrawnLetter(tx: DbOrTx, orderId: string): Promise<number> {
  const unpublished = tx.select({ id: collections.id }).from(collections).where(isNull(collections.publishedAt));
  const removed = await tx
    .delete(collectionItems)
    .where(and(eq(collectionItems.orderId, orderId), inArray(collectionItems.collectionId, unpublished)))
    .returning({ collectionId: collectionItems.collectionId });
  return removed.length;
}
