import { and, eq, max } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { auditCollection } from "./audit-collection";
import { lockCollection } from "./lock-collection";
import { newCollectionItems } from "./new-collection-items";

/** Adds a consented, approved letter at the end of a book; a letter already in it is refused. */
export async function addCollectionItem(db: DbOrTx, actor: Actor, collectionId: string, orderId: string): Promise<void> {
  if (!can(actor, "collection.manage")) throw notFound("That collection");
  await db.transaction(async (tx) => {
    await lockCollection(tx, collectionId);
    const [present] = await tx
      .select({ orderId: collectionItems.orderId })
      .from(collectionItems)
      .where(and(eq(collectionItems.collectionId, collectionId), eq(collectionItems.orderId, orderId)));
    if (present) throw new AppError("CONFLICT", "That letter is already in the book.");
    const item = (await newCollectionItems(tx, [orderId])).get(orderId)!;
    const [{ last }] = await tx.select({ last: max(collectionItems.position) }).from(collectionItems).where(eq(collectionItems.collectionId, collectionId));
    await tx.insert(collectionItems).values({ collectionId, orderId, position: (last ?? -1) + 1, ...item });
    await auditCollection(tx, actor, "collection.add_letter", collectionId, { orderId });
  });
}
