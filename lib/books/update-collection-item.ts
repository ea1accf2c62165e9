import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { MAX_LETTER_CHARS } from "@/lib/letters/save-version";

export const collectionItemSchema = z.strictObject({
  collectionId: z.uuid(),
  orderId: z.uuid(),
  title: z.string().trim().min(1, "Give the chapter a title.").max(200, "Please keep the title under 200 characters."),
  redactedText: z.string().trim().min(1, "The letter cannot be empty.").max(MAX_LETTER_CHARS, "That text is too long."),
});

/** Saves the chapter title and the text the book will print for one letter (the redacted copy). */
export async function updateCollectionItem(db: DbOrTx, actor: Actor, input: z.output<typeof collectionItemSchema>) {
  if (!can(actor, "collection.manage")) throw notFound("That letter");
  const [updated] = await db
    .update(collectionItems)
    .set({ title: input.title, redactedText: input.redactedText })
    .where(and(eq(collectionItems.collectionId, input.collectionId), eq(collectionItems.orderId, input.orderId)))
    .returning({ orderId: collectionItems.orderId });
  if (!updated) throw notFound("That letter");
}
