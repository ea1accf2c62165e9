import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import type { Comment } from "@/lib/db/schema";
import { addComment } from "@/lib/comments/add-comment";
import { AppError, notFound } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { getLetterForClient } from "./get-letter-for-client";
import { lockOrder } from "./lock-order";

/** A comment on the whole letter, or on the passage [anchorStart, anchorEnd) of the version shown. */
export type PassageComment = { body: string; versionId: string; anchorStart?: number; anchorEnd?: number };

/**
 * A client's comment on the letter they are reading, or on a passage of it. Only the version shown to them
 * can be quoted, so a comment can never reveal words of a draft they have not been sent.
 */
export async function commentOnLetter(db: DbOrTx, client: Actor, orderId: string, input: PassageComment): Promise<Comment> {
  return db.transaction(async (tx) => {
    // Locked first (see lockOrder), so a request for changes cannot move the order under the comment.
    const order = await lockOrder(tx, orderId, orderScope(client));
    if (!order) throw notFound("That order");
    if (order.status !== "with_client") {
      throw new AppError("CONFLICT", "Comments can be added while the letter is with you to read.");
    }
    const letter = await getLetterForClient(tx, client, orderId);
    if (!letter || letter.id !== input.versionId) {
      throw new AppError("CONFLICT", "The letter has changed since you opened it. Please reload the page.");
    }
    const comment = await addComment(tx, client, orderId, input);
    await enqueueJob(tx, "order.notify", { orderId, event: "comment" });
    return comment;
  });
}
