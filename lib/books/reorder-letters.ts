import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { lockCollection } from "./lock-collection";

export const reorderSchema = z.strictObject({
  collectionId: z.uuid(),
  // Repeated fields, in the new order; one letter alone arrives as a string.
  orderIds: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.uuid()).min(1).max(1000)),
});

/**
 * Puts some of a book's letters (those of one part, after a drag) in the order given, in the places
 * they already hold: the other letters do not move. Refused, changing nothing, if any of them has
 * left the book meanwhile or appears twice.
 */
export async function reorderLetters(db: DbOrTx, actor: Actor, collectionId: string, orderIds: string[]): Promise<void> {
  if (!can(actor, "collection.manage")) throw notFound("That collection");
  await db.transaction(async (tx) => {
    await lockCollection(tx, collectionId);
    const places = await tx
      .select({ orderId: collectionItems.orderId, position: collectionItems.position })
      .from(collectionItems)
      .where(and(eq(collectionItems.collectionId, collectionId), inArray(collectionItems.orderId, orderIds)));
    if (places.length !== orderIds.length || new Set(orderIds).size !== orderIds.length) {
      throw new AppError("CONFLICT", "The book changed while you were arranging it. The page now shows it as it is; please try again.");
    }
    const positions = places.map((p) => p.position).sort((a, b) => a - b);
    for (const [index, orderId] of orderIds.entries()) {
      await tx
        .update(collectionItems)
        .set({ position: positions[index] })
        .where(and(eq(collectionItems.collectionId, collectionId), eq(collectionItems.orderId, orderId)));
    }
  });
}
