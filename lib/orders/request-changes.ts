import { orderScope, type Actor } from "@/lib/auth/permissions";
import { addComment } from "@/lib/comments/add-comment";
import type { DbOrTx } from "@/lib/db/client";
import type { Order } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { getLetterForClient } from "./get-letter-for-client";
import { lockOrder } from "./lock-order";
import { applyTransition } from "./state-machine";

/**
 * The client asks for changes: their note is stored against the version they read, and the order
 * goes back to the writer. Both happen or neither (e.g. when no revision rounds are left); of two
 * requests at once, the second is told it has already been done.
 */
export async function requestChanges(db: DbOrTx, client: Actor, orderId: string, body: string): Promise<Order> {
  return db.transaction(async (tx) => {
    if (!(await lockOrder(tx, orderId, orderScope(client)))) throw notFound("That order");
    const letter = await getLetterForClient(tx, client, orderId);
    await addComment(tx, client, orderId, { body, versionId: letter?.id }, "revision_request");
    return applyTransition(tx, client, orderId, "request_revision", { detail: { versionNumber: letter?.number ?? null } });
  });
}
