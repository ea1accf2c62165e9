import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems, collectionParts, collections, orders, type Collection } from "@/lib/db/schema";
import type { TrimSize } from "./book-design";
import type { BookInput, BookPart } from "./book-input";
import { letterInput } from "@/lib/handwriting/letter-input";
import { groupByPart } from "./group-by-part";
import { latestBodies } from "./latest-bodies";
import { publishableWhere } from "./publishable-where";

/**
 * The plain data a book is typeset from: the collection's front matter, and its letters (only
 * those still publishable: consent is checked again here) grouped into parts in book order. Letters
 * in no part come first; a part without letters is left out. With facsimiles on, each letter
 * carries its order's handwriting look for the typesetting to draw.
 */
export async function loadBookInput(db: DbOrTx, collectionId: string, now = new Date()): Promise<{ collection: Collection; book: BookInput; orderIds: string[] }> {
  const [collection] = await db.select().from(collections).where(eq(collections.id, collectionId));
  const parts = await db.select().from(collectionParts).where(eq(collectionParts.collectionId, collectionId)).orderBy(asc(collectionParts.position));
  const items = await db
    .select({
      orderId: collectionItems.orderId,
      title: collectionItems.title,
      redactedText: collectionItems.redactedText,
      partId: collectionItems.partId,
      look: { id: orders.id, handwritingStyle: orders.handwritingStyle, inkColour: orders.inkColour, stationery: orders.stationery, englishVariety: orders.englishVariety, paper: orders.paper },
    })
    .from(collectionItems)
    .innerJoin(orders, eq(orders.id, collectionItems.orderId))
    .where(and(eq(collectionItems.collectionId, collectionId), publishableWhere()))
    .orderBy(asc(collectionItems.position));
  const bodies = await latestBodies(db, items.filter((i) => i.redactedText === null).map((i) => i.orderId));
  const groups: BookPart[] = groupByPart(parts, items).map((g) => ({
    title: g.part?.title ?? null,
    letters: g.items.map((item) => {
      const text = item.redactedText ?? bodies.get(item.orderId) ?? "";
      // A facsimile is the book's text in the letter's own hand: the redaction holds there too.
      // A book page carries no date line.
      return { title: item.title, text, handwriting: collection.facsimiles ? letterInput({ ...item.look, dateLine: false }, { body: text, createdAt: now }) : null };
    }),
  }));
  return {
    collection,
    orderIds: items.map((i) => i.orderId),
    book: {
      title: collection.title,
      subtitle: collection.subtitle,
      credit: collection.credit,
      language: collection.language,
      trimSize: collection.trimSize as TrimSize,
      dedication: collection.dedication,
      foreword: collection.foreword,
      blurb: collection.blurb,
      year: now.getUTCFullYear(),
      parts: groups.filter((g) => g.letters.length > 0),
    },
  };
}
