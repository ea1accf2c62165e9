import { and, eq } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { auditCollection } from "./audit-collection";

/** Takes a letter out of a book (its edited text goes with it; adding it again starts afresh). */
export async function removeCollectionItem(db: DbOrTx, actor: Actor, collectionId: string, orderId: string): Promise<void> {
  if (!can(actor, "collection.manage")) throw notFound("That letter");
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(collectionItems)
      .where(and(eq(collectionItems.collectionId, collectionId), eq(collectionItems.orderId, orderId)))
      .returning({ orderId: collectionItems.orderId });
    if (!removed) throw notFound("That letter");
    await auditCollection(tx, actor, "collection.remove_letter", collectionId, { orderId });
  });
}
