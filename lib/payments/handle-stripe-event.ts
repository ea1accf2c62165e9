import { and, eq, or } from "drizzle-orm";
import type Stripe from "stripe";
import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import { payments, refunds, stripeEvents } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { lockOrder } from "@/lib/orders/lock-order";
import { SYSTEM } from "@/lib/orders/state-machine";
import { fulfilCheckout } from "./fulfil-checkout";
import { settleRefund } from "./settle-refund";

export type EventOutcome = "duplicate" | "handled" | "ignored";

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/**
 * Applies one verified Stripe event. The event id is recorded in the same transaction as its
 * effect, so a redelivered event changes nothing; a failure rolls both back and Stripe retries.
 */
export async function handleStripeEvent(db: DbOrTx, event: Stripe.Event): Promise<EventOutcome> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(stripeEvents)
      .values({ id: event.id, type: event.type })
      .onConflictDoNothing()
      .returning({ id: stripeEvents.id });
    if (inserted.length === 0) return "duplicate";

    switch (event.type) {
      case "checkout.session.completed":
      case "checkout.session.async_payment_succeeded":
        // A completed session may still be unpaid (bank debits): fulfilCheckout waits for "paid".
        if ((await fulfilCheckout(tx, event.data.object)) === "unknown") {
          // Not recorded as processed (the transaction rolls back): Stripe delivers it again, by
          // which time the payment row may exist (a checkout created on another instance).
          throw new AppError("NOT_FOUND", "No payment matches this checkout session yet; deliver the event again later.");
        }
        return "handled";
      case "checkout.session.async_payment_failed":
      case "checkout.session.expired":
        // The order stays awaiting payment; the client can try again.
        await tx
          .update(payments)
          .set({ status: "failed", updatedAt: new Date() })
          .where(and(eq(payments.stripeCheckoutSessionId, event.data.object.id), eq(payments.status, "pending")));
        return "handled";
      case "charge.refunded":
        return (await recordChargeRefund(tx, event.data.object)) ? "handled" : "ignored";
      default:
        return "ignored";
    }
  });
}

async function recordChargeRefund(tx: DbOrTx, charge: Stripe.Charge): Promise<boolean> {
  const paymentIntentId = idOf(charge.payment_intent);
  // The payment intent links the charge once the checkout is confirmed; before that, the metadata
  // the checkout put on it does.
  const linkedId = z.uuid().safeParse(charge.metadata?.paymentId).data;
  const conditions = [
    paymentIntentId ? eq(payments.stripePaymentIntentId, paymentIntentId) : undefined,
    linkedId ? eq(payments.id, linkedId) : undefined,
  ].filter((c) => c !== undefined);
  if (conditions.length === 0) return false;
  const [payment] = await tx
    .select({ id: payments.id, orderId: payments.orderId, stripePaymentIntentId: payments.stripePaymentIntentId })
    .from(payments)
    .where(and(eq(payments.provider, "stripe"), or(...conditions)));
  if (!payment) {
    console.warn("charge.refunded for an unknown payment", { chargeId: charge.id });
    return false;
  }
  await lockOrder(tx, payment.orderId); // before the payment row is written (see lockOrder)
  if (!payment.stripePaymentIntentId && paymentIntentId) {
    await tx.update(payments).set({ stripePaymentIntentId: paymentIntentId }).where(eq(payments.id, payment.id));
  }
  for (const refund of charge.refunds?.data ?? []) {
    await tx
      .insert(refunds)
      .values({ paymentId: payment.id, amountCents: refund.amount, stripeRefundId: refund.id, reason: "Refunded in Stripe" })
      .onConflictDoNothing();
  }
  await settleRefund(tx, payment.id, charge.amount_refunded, SYSTEM);
  return true;
}
