import { desc, eq, sql } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems, collections } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

/** Every collection with how many letters it holds, newest first. */
export async function listCollections(db: DbOrTx, actor: Actor) {
  if (!can(actor, "collection.manage")) throw notFound("That page");
  return db
    .select({
      id: collections.id,
      title: collections.title,
      subtitle: collections.subtitle,
      createdAt: collections.createdAt,
      letters: sql<number>`count(${collectionItems.orderId})`.mapWith(Number),
    })
    .from(collections)
    .leftJoin(collectionItems, eq(collectionItems.collectionId, collections.id))
    .groupBy(collections.id)
    .orderBy(desc(collections.createdAt));
}
