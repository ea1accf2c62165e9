import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, payments } from "@/lib/db/schema";
import { lockOrder } from "@/lib/orders/lock-order";
import { applyTransition, SYSTEM } from "@/lib/orders/state-machine";
import { addExtraRevisionRound } from "./add-extra-revision-round";
import { UNPAYABLE_ACTION } from "./list-payments";
import { settleRefund } from "./settle-refund";

export type FulfilOutcome = "paid" | "already" | "waiting" | "failed" | "mismatch" | "unknown";

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/**
 * The one place a Stripe Checkout takes effect (the order paid, or an extra round of changes
 * added), used by the webhook and by the success page's re-check. Idempotent: a payment moves
 * from pending to succeeded once, and only that move has an effect; repeats answer "already".
 */
export async function fulfilCheckout(db: DbOrTx, session: Stripe.Checkout.Session): Promise<FulfilOutcome> {
  return db.transaction(async (tx) => {
    const [ref] = await tx
      .select({ id: payments.id, orderId: payments.orderId })
      .from(payments)
      .where(eq(payments.stripeCheckoutSessionId, session.id));
    if (!ref) {
      console.warn("stripe checkout for an unknown payment", { sessionId: session.id });
      return "unknown";
    }
    // The order is locked before its payment, as everywhere (see lockOrder).
    const order = (await lockOrder(tx, ref.orderId))!; // payments.order_id references a row that is never deleted
    const [payment] = await tx.select().from(payments).where(eq(payments.id, ref.id)).for("update");
    if (payment.status === "failed") return "failed";
    if (payment.status !== "pending") return "already";
    if (session.payment_status !== "paid") return "waiting";

    const paymentIntentId = idOf(session.payment_intent);
    const received = { cents: session.amount_total, currency: session.currency?.toLowerCase() ?? null };
    // An order is paid at its stored price; an extra round at the price recorded when it was bought.
    const expectedCents = payment.purpose === "extra_revision" ? payment.amountCents : order.priceCents;
    if (received.cents !== payment.amountCents || received.cents !== expectedCents || received.currency !== order.currency) {
      // Never paid on a different amount: kept for an admin to look at and refund.
      await tx
        .update(payments)
        .set({ status: "failed", stripePaymentIntentId: paymentIntentId, updatedAt: new Date() })
        .where(eq(payments.id, payment.id));
      await tx.insert(auditLog).values({
        actorRole: SYSTEM.role,
        action: "payment.amount_mismatch",
        entityType: "payment",
        entityId: payment.id,
        detail: {
          orderId: order.id,
          expectedCents,
          expectedCurrency: order.currency,
          receivedCents: received.cents,
          receivedCurrency: received.currency,
        },
      });
      console.warn("stripe checkout amount mismatch", { paymentId: payment.id });
      return "mismatch";
    }

    await tx
      .update(payments)
      .set({ status: "succeeded", stripePaymentIntentId: paymentIntentId, updatedAt: new Date() })
      .where(eq(payments.id, payment.id));
    if (payment.purpose === "extra_revision") {
      await addExtraRevisionRound(tx, SYSTEM, payment);
    } else if (order.status === "draft") {
      await applyTransition(tx, SYSTEM, order.id, "pay", { detail: { provider: "stripe", paymentId: payment.id } });
    } else {
      // Paid twice, or cancelled while the client was at Checkout: the money is recorded for a refund.
      await tx.insert(auditLog).values({
        actorRole: SYSTEM.role,
        action: UNPAYABLE_ACTION,
        entityType: "payment",
        entityId: payment.id,
        detail: { orderId: order.id, orderStatus: order.status },
      });
    }
    // A refund reported before this confirmation (events out of order) takes effect now.
    if (payment.refundedCents > 0) await settleRefund(tx, payment.id, payment.refundedCents, SYSTEM);
    return "paid";
  });
}
