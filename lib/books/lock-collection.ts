import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { collections } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

/**
 * Locks a collection for the rest of the transaction, so two edits of its letters at once (a move,
 * an add, a drag) cannot interleave their renumbering. Not found when it does not exist.
 */
export async function lockCollection(tx: DbOrTx, collectionId: string): Promise<void> {
  const [collection] = await tx.select({ id: collections.id }).from(collections).where(eq(collections.id, collectionId)).for("update");
  if (!collection) throw notFound("That collection");
}
