import { and, eq, max } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems, collectionParts } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { auditCollection } from "./audit-collection";
import { lockCollection } from "./lock-collection";

// Parts group a book's letters under part title pages ("Part One: Birthdays"). A letter belongs
// to at most one part; letters in none come first in the book.

const partTitle = z.string().trim().min(1, "Give the part a title.").max(120, "Please keep the part title under 120 characters.");
export const newPartSchema = z.strictObject({ collectionId: z.uuid(), title: partTitle });
export const renamePartSchema = z.strictObject({ collectionId: z.uuid(), partId: z.uuid(), title: partTitle });
export const deletePartSchema = z.strictObject({ collectionId: z.uuid(), partId: z.uuid() });
export const assignPartSchema = z.strictObject({
  collectionId: z.uuid(),
  orderId: z.uuid(),
  // The select's first option, "No part", sends an empty value.
  partId: z.union([z.literal("").transform(() => null), z.uuid("Choose a part from the list.")]),
});

export async function createPart(db: DbOrTx, actor: Actor, input: z.output<typeof newPartSchema>): Promise<string> {
  if (!can(actor, "collection.manage")) throw notFound("That collection");
  return db.transaction(async (tx) => {
    await lockCollection(tx, input.collectionId);
    const [{ last }] = await tx.select({ last: max(collectionParts.position) }).from(collectionParts).where(eq(collectionParts.collectionId, input.collectionId));
    const [part] = await tx
      .insert(collectionParts)
      .values({ collectionId: input.collectionId, title: input.title, position: (last ?? -1) + 1 })
      .returning({ id: collectionParts.id });
    await auditCollection(tx, actor, "collection.part_create", input.collectionId, { partId: part.id });
    return part.id;
  });
}

export async function renamePart(db: DbOrTx, actor: Actor, input: z.output<typeof renamePartSchema>): Promise<void> {
  if (!can(actor, "collection.manage")) throw notFound("That part");
  const [renamed] = await db
    .update(collectionParts)
    .set({ title: input.title })
    .where(and(eq(collectionParts.id, input.partId), eq(collectionParts.collectionId, input.collectionId)))
    .returning({ id: collectionParts.id });
  if (!renamed) throw notFound("That part");
}

/** Deletes a part; its letters stay in the book, in no part (the foreign key sets them free). */
export async function deletePart(db: DbOrTx, actor: Actor, input: z.output<typeof deletePartSchema>): Promise<void> {
  if (!can(actor, "collection.manage")) throw notFound("That part");
  await db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(collectionParts)
      .where(and(eq(collectionParts.id, input.partId), eq(collectionParts.collectionId, input.collectionId)))
      .returning({ id: collectionParts.id });
    if (!deleted) throw notFound("That part");
    await auditCollection(tx, actor, "collection.part_delete", input.collectionId, { partId: input.partId });
  });
}

/** Puts a letter in a part of the same book (or in none); it keeps its place among that part's letters. */
export async function assignPart(db: DbOrTx, actor: Actor, input: z.output<typeof assignPartSchema>): Promise<void> {
  if (!can(actor, "collection.manage")) throw notFound("That letter");
  await db.transaction(async (tx) => {
    if (input.partId) {
      const [part] = await tx
        .select({ id: collectionParts.id })
        .from(collectionParts)
        .where(and(eq(collectionParts.id, input.partId), eq(collectionParts.collectionId, input.collectionId)));
      if (!part) throw notFound("That part");
    }
    const [moved] = await tx
      .update(collectionItems)
      .set({ partId: input.partId })
      .where(and(eq(collectionItems.collectionId, input.collectionId), eq(collectionItems.orderId, input.orderId)))
      .returning({ orderId: collectionItems.orderId });
    if (!moved) throw notFound("That letter");
  });
}
