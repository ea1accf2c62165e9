import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { addComment } from "@/lib/comments/add-comment";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, type Comment } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";

export const reviewNoteSchema = z.strictObject({
  body: z.string().trim().min(1, "Write a note for the writer first.").max(4000, "Please keep notes under 4,000 characters."),
  passage: z.string().trim().max(2000, "Quote a shorter passage.").default(""),
});
export type ReviewNoteInput = z.output<typeof reviewNoteSchema>;

/**
 * An editor's note for the writer on the latest version, optionally anchored to a passage the
 * editor quotes (typed, pasted or taken from a selection): it is found in the stored text.
 */
export async function addReviewNote(db: DbOrTx, actor: Actor, orderId: string, input: ReviewNoteInput): Promise<Comment> {
  if (!can(actor, "order.review") || !z.uuid().safeParse(orderId).success) throw notFound("That order");
  const [latest] = await db
    .select({ id: letterVersions.id, body: letterVersions.body })
    .from(letterVersions)
    .where(eq(letterVersions.orderId, orderId))
    .orderBy(desc(letterVersions.number))
    .limit(1);
  let anchor: { anchorStart?: number; anchorEnd?: number } = {};
  if (input.passage) {
    const start = latest?.body.indexOf(input.passage) ?? -1;
    if (start < 0) {
      throw new AppError("INVALID", "Please check the highlighted fields.", {
        passage: ["That passage is not in the latest version. Quote it exactly, or leave it empty."],
      });
    }
    anchor = { anchorStart: start, anchorEnd: start + input.passage.length };
  }
  return addComment(db, actor, orderId, { body: input.body, versionId: latest?.id, ...anchor }, "review_note");
}
