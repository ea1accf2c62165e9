import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { payments, refunds, type Payment } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { lockOrder } from "@/lib/orders/lock-order";
import { formatMoney } from "@/lib/orders/pricing";
import { refundAmount } from "./refund-amount";
import { settleRefund } from "./settle-refund";

export const refundSchema = z.strictObject({
  paymentId: z.uuid("That payment could not be found."),
  amount: refundAmount,
  reason: z.string().trim().max(500, "Please keep the reason under 500 characters.").default(""),
  // One per rendered form: a double submit reaches Stripe as the same refund.
  requestId: z.uuid().optional(),
});

export type RefundInput = { paymentId: string; amountCents: number; reason: string; requestId?: string };

const refundable = ["succeeded", "partially_refunded"];

/**
 * An admin refunds all or part of a payment: card payments through Stripe, offline payments by
 * recording it. Refunding everything moves the order to refunded.
 */
export async function refundPayment(db: DbOrTx, stripe: Stripe | null, admin: Actor, input: RefundInput): Promise<Payment> {
  if (!can(admin, "order.refund")) throw notFound("That payment");
  const [payment] = await db.select().from(payments).where(eq(payments.id, input.paymentId));
  if (!payment) throw notFound("That payment");
  if (!refundable.includes(payment.status)) throw new AppError("CONFLICT", "Only a completed payment can be refunded.");
  checkAmount(payment, input.amountCents);

  if (payment.provider === "offline") {
    return db.transaction(async (tx) => {
      await lockOrder(tx, payment.orderId);
      const [locked] = await tx.select().from(payments).where(eq(payments.id, payment.id)).for("update");
      checkAmount(locked, input.amountCents);
      await tx.insert(refunds).values({ paymentId: payment.id, amountCents: input.amountCents, reason: input.reason, createdById: admin.id });
      return settleRefund(tx, payment.id, locked.refundedCents + input.amountCents, admin);
    });
  }

  if (!stripe) throw new AppError("CONFLICT", "Stripe is not configured on this server: refund this card payment from the Stripe dashboard.");
  if (!payment.stripePaymentIntentId) throw new AppError("CONFLICT", "This payment has no Stripe charge to refund.");
  const refund = await stripe.refunds.create(
    {
      payment_intent: payment.stripePaymentIntentId,
      amount: input.amountCents,
      reason: "requested_by_customer",
      metadata: { paymentId: payment.id, orderId: payment.orderId },
      // The charge's new total comes back with the refund, the same figure the webhook reports.
      expand: ["charge"],
    },
    input.requestId ? { idempotencyKey: `refund-${input.requestId}` } : undefined,
  );
  return db.transaction(async (tx) => {
    await lockOrder(tx, payment.orderId);
    const [locked] = await tx.select().from(payments).where(eq(payments.id, payment.id)).for("update");
    await tx
      .insert(refunds)
      .values({ paymentId: payment.id, amountCents: refund.amount, stripeRefundId: refund.id, reason: input.reason, createdById: admin.id })
      .onConflictDoNothing();
    const total = typeof refund.charge === "object" && refund.charge ? refund.charge.amount_refunded : locked.refundedCents + refund.amount;
    return settleRefund(tx, payment.id, total, admin);
  });
}

function checkAmount(payment: Payment, amountCents: number) {
  const remaining = payment.amountCents - payment.refundedCents;
  if (amountCents < 1 || amountCents > remaining) {
    const message = `Enter an amount between ${formatMoney(1, payment.currency)} and ${formatMoney(remaining, payment.currency)}.`;
    throw new AppError("INVALID", message, { amount: [message] });
  }
}
