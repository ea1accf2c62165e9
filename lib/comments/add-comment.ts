import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { comments, letterVersions, orders, type Comment } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";

export const commentSchema = z.strictObject({
  body: z.string().trim().min(1, "Write a comment first.").max(4000, "Please keep comments under 4,000 characters."),
  versionId: z.uuid().optional(),
  anchorStart: z.coerce.number().int().min(0).optional(),
  anchorEnd: z.coerce.number().int().min(0).optional(),
});
export type CommentInput = z.output<typeof commentSchema>;

/**
 * Adds a comment to an order's letter, optionally anchored to a passage of one version. The quote
 * is taken from the stored version on the server, never from the browser.
 */
export async function addComment(
  db: DbOrTx,
  actor: Actor,
  orderId: string,
  input: CommentInput,
  kind: Comment["kind"] = "comment",
): Promise<Comment> {
  const [order] = await db.select({ id: orders.id }).from(orders).where(and(eq(orders.id, orderId), orderScope(actor)));
  if (!order) throw notFound("That order");
  let quote: string | null = null;
  if (input.versionId) {
    const [version] = await db
      .select({ body: letterVersions.body })
      .from(letterVersions)
      .where(and(eq(letterVersions.id, input.versionId), eq(letterVersions.orderId, orderId)));
    if (!version) throw notFound("That version");
    if (input.anchorStart !== undefined && input.anchorEnd !== undefined) {
      if (input.anchorEnd <= input.anchorStart || input.anchorEnd > version.body.length) {
        throw new AppError("INVALID", "That passage is not part of the letter.");
      }
      quote = version.body.slice(input.anchorStart, input.anchorEnd);
    }
  }
  const [comment] = await db
    .insert(comments)
    .values({
      orderId,
      versionId: input.versionId ?? null,
      authorId: actor.id,
      kind,
      body: input.body,
      anchorStart: quote ? input.anchorStart : null,
      anchorEnd: quote ? input.anchorEnd : null,
      quote,
    })
    .returning();
  return comment;
}
