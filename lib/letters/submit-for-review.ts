import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders, type Order } from "@/lib/db/schema";
import { workspaceScope } from "@/lib/desk/workspace-scope";
import { AppError, notFound } from "@/lib/errors";
import { applyTransition } from "@/lib/orders/state-machine";
import { computeAiShare } from "./compute-ai-share";

/**
 * The writer hands the letter to the editor. There must be a saved version to read; the order's
 * AI share is measured on the text being submitted. Checks before submitting belong here.
 */
export async function submitForReview(db: DbOrTx, actor: Actor, orderId: string): Promise<Order> {
  return db.transaction(async (tx) => {
    // Locked first, so no save slips in between the versions read here and the status change.
    const [order] = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.id, orderId), workspaceScope(actor)))
      .for("update");
    if (!order) throw notFound("That order");
    const versions = await tx
      .select({ number: letterVersions.number, body: letterVersions.body, authorKind: letterVersions.authorKind })
      .from(letterVersions)
      .where(eq(letterVersions.orderId, orderId));
    if (versions.length === 0) throw new AppError("CONFLICT", "Save a version of the letter before submitting it for review.");
    const submitted = await applyTransition(tx, actor, orderId, "submit_for_review");
    const aiShare = computeAiShare(versions);
    await tx.update(orders).set({ aiShare }).where(eq(orders.id, orderId));
    return { ...submitted, aiShare };
  });
}
