import { asc, eq } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { lockCollection } from "./lock-collection";
import { reorderLetters } from "./reorder-letters";

/**
 * Moves a letter one place up or down among the letters of its part (the keyboard's way to do
 * what a drag does); at either end it stays where it is.
 */
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
      .select({ orderId: collectionItems.orderId, partId: collectionItems.partId })
      .from(collectionItems)
      .where(eq(collectionItems.collectionId, collectionId))
      .orderBy(asc(collectionItems.position));
    const item = items.find((i) => i.orderId === orderId);
    if (!item) throw notFound("That letter");
    const part = items.filter((i) => i.partId === item.partId);
    const from = part.indexOf(item);
    const neighbour = part[direction === "up" ? from - 1 : from + 1];
    if (!neighbour) return;
    await reorderLetters(tx, actor, collectionId, direction === "up" ? [orderId, neighbour.orderId] : [neighbour.orderId, orderId]);
  });
}
