import { and, asc, eq } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { lockCollection } from "./lock-collection";

/** Moves a letter one place up or down in the book; at either end it stays where it is. */
export async function moveCollectionItem(
  db: DbOrTx,
  actor: Actor,
  collectionId: string,
  orderId: string,
  direction: "up" | "down",
): Promise<void> {
  if (!can(actor, "collection.manage")) throw notFound("That collection");
  await db.transaction(async (tx) => {
    await lockCollection(tx, collectionId);
    const items = await tx
      .select({ orderId: collectionItems.orderId })
      .from(collectionItems)
      .where(eq(collectionItems.collectionId, collectionId))
      .orderBy(asc(collectionItems.position));
    const from = items.findIndex((i) => i.orderId === orderId);
    if (from < 0) throw notFound("That letter");
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= items.length) return;
    [items[from], items[to]] = [items[to], items[from]];
    for (const [position, item] of items.entries()) {
      await tx
        .update(collectionItems)
        .set({ position })
        .where(and(eq(collectionItems.collectionId, collectionId), eq(collectionItems.orderId, item.orderId)));
    }
  });
}
