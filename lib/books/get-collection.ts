import { asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems, collectionParts, collections, exports, orders, recipients } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { groupByPart } from "./group-by-part";
import { latestBodies } from "./latest-bodies";
import { publishableWhere } from "./publishable-where";

/**
 * A collection with its letters in book order (also grouped by part, as the book prints them) (the text each will be printed with beside the
 * approved original, and whether it may still be published) and its exports, newest first.
 */
export async function getCollection(db: DbOrTx, actor: Actor, collectionId: string) {
  if (!can(actor, "collection.manage") || !z.uuid().safeParse(collectionId).success) throw notFound("That collection");
  const [collection] = await db.select().from(collections).where(eq(collections.id, collectionId));
  if (!collection) throw notFound("That collection");
  const rows = await db
    .select({
      orderId: collectionItems.orderId,
      position: collectionItems.position,
      title: collectionItems.title,
      partId: collectionItems.partId,
      redactedText: collectionItems.redactedText,
      occasion: orders.occasion,
      recipientName: recipients.name,
      publishable: publishableWhere().mapWith(Boolean),
    })
    .from(collectionItems)
    .innerJoin(orders, eq(orders.id, collectionItems.orderId))
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .where(eq(collectionItems.collectionId, collectionId))
    .orderBy(asc(collectionItems.position));
  // The approved letter beside the book's text, so the admin can review the redaction.
  const bodies = await latestBodies(db, rows.map((r) => r.orderId));
  const letters = rows.map(({ redactedText, ...row }) => {
    const original = bodies.get(row.orderId) ?? "";
    return { ...row, original, text: redactedText ?? original };
  });
  const parts = await db
    .select({ id: collectionParts.id, title: collectionParts.title })
    .from(collectionParts)
    .where(eq(collectionParts.collectionId, collectionId))
    .orderBy(asc(collectionParts.position));
  const exportRows = await db
    .select()
    .from(exports)
    .where(eq(exports.collectionId, collectionId))
    .orderBy(desc(exports.createdAt));
  const groups = groupByPart(parts, letters);
  return { collection, items: groups.flatMap((g) => g.items), parts, groups, exports: exportRows };
}
