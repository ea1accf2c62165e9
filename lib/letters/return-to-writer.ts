import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import type { Order } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { lockOrder } from "@/lib/orders/lock-order";
import { applyTransition } from "@/lib/orders/state-machine";
import { addReviewNote, type ReviewNoteInput } from "./add-review-note";

/** Sends the letter back to its writer with the note that says why: both happen, or neither. */
export async function returnToWriter(db: DbOrTx, actor: Actor, orderId: string, note: ReviewNoteInput): Promise<Order> {
  return db.transaction(async (tx) => {
    if (!(await lockOrder(tx, orderId, orderScope(actor)))) throw notFound("That order");
    await addReviewNote(tx, actor, orderId, note);
    return applyTransition(tx, actor, orderId, "return_to_writer");
  });
}
