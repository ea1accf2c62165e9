import { desc, eq } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders, type Order } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { lengthCheck } from "@/lib/facts/length-check";
import { applyTransition } from "@/lib/orders/state-machine";
import { MIN_OVERRIDE_REASON } from "./override-reason";

/**
 * The editor is happy with the letter: the client reads it next. Only reviewers see this door. A
 * letter outside the ordered length goes only with the editor's reason, which the audit log keeps.
 */
export async function sendToClient(db: DbOrTx, actor: Actor, orderId: string, { reason = "" }: { reason?: string } = {}): Promise<Order> {
  if (!can(actor, "order.review")) throw notFound("That order");
  return db.transaction(async (tx) => {
    // The order row first (the project's lock order), so no save slips in before the send.
    const [order] = await tx.select({ length: orders.length }).from(orders).where(eq(orders.id, orderId)).for("update");
    if (!order) throw notFound("That order");
    const [latest] = await tx
      .select({ body: letterVersions.body })
      .from(letterVersions)
      .where(eq(letterVersions.orderId, orderId))
      .orderBy(desc(letterVersions.number))
      .limit(1);
    const length = latest ? lengthCheck(latest.body, order.length) : null;
    if (!length || length.ok) return applyTransition(tx, actor, orderId, "send_to_client");
    const given = reason.trim();
    if (given.length < MIN_OVERRIDE_REASON) {
      throw new AppError(
        "CONFLICT",
        `The letter has ${length.label}. ${length.detail} Give a reason to send it as it is.`,
        given ? { reason: [`Please give a reason of at least ${MIN_OVERRIDE_REASON} characters.`] } : undefined,
      );
    }
    return applyTransition(tx, actor, orderId, "send_to_client", { detail: { lengthOverride: { reason: given, length: length.label } } });
  });
}
