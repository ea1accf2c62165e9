import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import type { Order } from "@/lib/db/schema";
import { addComment } from "@/lib/comments/add-comment";
import { getLetterForClient } from "./get-letter-for-client";
import { applyTransition } from "./state-machine";

/**
 * The client asks for changes: their note is stored against the version they read, and the order
 * goes back to the writer. Both happen or neither (e.g. when no revision rounds are left).
 */
export async function requestChanges(db: DbOrTx, client: Actor, orderId: string, body: string): Promise<Order> {
  return db.transaction(async (tx) => {
    const letter = await getLetterForClient(tx, client, orderId);
    await addComment(tx, client, orderId, { body, versionId: letter?.id }, "revision_request");
    return applyTransition(tx, client, orderId, "request_revision", { detail: { versionNumber: letter?.number ?? null } });
  });
}
