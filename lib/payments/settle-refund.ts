import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { payments, type Payment } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { lockOrder } from "@/lib/orders/lock-order";
import { applyTransition, availableEvents, type TransitionActor } from "@/lib/orders/state-machine";

const settled = ["succeeded", "partially_refunded", "refunded"] as const;

/**
 * Records that `totalRefundedCents` of a payment has been refunded in all. Totals only ever grow,
 * so the admin screen and Stripe's charge.refunded webhook can both report the same refund, in
 * either order, without counting it twice. When every settled payment of the order is refunded in
 * full, the order moves to refunded (if its state allows).
 */
export async function settleRefund(
  db: DbOrTx,
  paymentId: string,
  totalRefundedCents: number,
  actor: TransitionActor,
): Promise<Payment> {
  return db.transaction(async (tx) => {
    // The order is locked before its payment, as everywhere (see lockOrder).
    const [ref] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, paymentId));
    const order = ref && (await lockOrder(tx, ref.orderId));
    if (!order) throw notFound("That payment");
    const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for("update");
    const refundedCents = Math.min(payment.amountCents, Math.max(payment.refundedCents, totalRefundedCents));
    // A refund that arrives before the payment is confirmed is kept; fulfilCheckout settles it later.
    const isSettled = (settled as readonly string[]).includes(payment.status);
    const status = !isSettled
      ? payment.status
      : refundedCents >= payment.amountCents
        ? "refunded"
        : refundedCents > 0
          ? "partially_refunded"
          : "succeeded";
    const [updated] = await tx
      .update(payments)
      .set({ refundedCents, status, updatedAt: new Date() })
      .where(eq(payments.id, paymentId))
      .returning();
    if (status !== "refunded" || updated.purpose !== "order") return updated;

    const paid = await tx
      .select({ amountCents: payments.amountCents, refundedCents: payments.refundedCents })
      .from(payments)
      .where(and(eq(payments.orderId, order.id), eq(payments.purpose, "order"), inArray(payments.status, [...settled])));
    const allRefunded = paid.every((p) => p.refundedCents >= p.amountCents);
    if (allRefunded && availableEvents(order, actor).includes("refund")) {
      await applyTransition(tx, actor, order.id, "refund", { detail: { paymentId } });
    }
    return updated;
  });
}
