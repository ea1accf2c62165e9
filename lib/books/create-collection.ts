import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems, collections } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { auditCollection } from "./audit-collection";
import type { CollectionInput } from "./collection-schema";
import { newCollectionItems } from "./new-collection-items";

/** Creates a collection of consented, approved letters in the order given (see newCollectionItems). */
export async function createCollection(db: DbOrTx, actor: Actor, input: CollectionInput) {
  if (!can(actor, "collection.manage")) throw notFound("That page");
  const orderIds = [...new Set(input.orderIds)];
  return db.transaction(async (tx) => {
    const items = await newCollectionItems(tx, orderIds);
    const [collection] = await tx
      .insert(collections)
      .values({ title: input.title, subtitle: input.subtitle, createdById: actor.id })
      .returning();
    await tx
      .insert(collectionItems)
      .values(orderIds.map((orderId, position) => ({ collectionId: collection.id, orderId, position, ...items.get(orderId)! })));
    await auditCollection(tx, actor, "collection.create", collection.id, { letters: orderIds.length });
    return collection;
  });
}
