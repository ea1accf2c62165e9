import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, payments, type Order } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { lengths, occasions } from "@/lib/orders/catalogue";
import { EXTRA_REVISION_PRICE } from "@/lib/orders/pricing";
import { whyNoExtraRevision } from "./why-no-extra-revision";

/** What a payment buys: the order itself, or another round of changes to it. */
export type PaymentPurpose = "order" | "extra_revision";

/** The amount, the product name Stripe shows, and where Checkout returns to (under /orders/<id>/). */
function whatToCharge(order: Order, purpose: PaymentPurpose) {
  if (purpose === "extra_revision") {
    const reason = whyNoExtraRevision(order);
    if (reason) throw new AppError("CONFLICT", reason);
    return { cents: EXTRA_REVISION_PRICE, name: "Another round of changes to your handwritten letter", success: "extra-round/success", cancel: "" };
  }
  if (order.status !== "draft") throw new AppError("CONFLICT", "This order has already been paid.");
  if (order.priceCents <= 0) throw new AppError("CONFLICT", "This order has no price to pay.");
  return {
    cents: order.priceCents,
    // Product names reach Stripe's dashboard and receipts: no names or letter text.
    name: `${occasions[order.occasion]} — ${lengths[order.length].label.toLowerCase()}, handwritten`,
    success: "pay/success",
    cancel: "/pay",
  };
}

/**
 * Starts a Stripe Checkout for the client's own order (unpaid, at its stored price; or another
 * round of changes) and records a pending payment for it. Returns the Checkout page's address.
 * Nothing is marked paid here: only the webhook or the success page's re-check against Stripe
 * (fulfilCheckout) does that.
 */
export async function createCheckoutSession(
  db: DbOrTx,
  stripe: Stripe,
  client: Actor,
  orderId: string,
  origin: string,
  purpose: PaymentPurpose = "order",
): Promise<string> {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.clientId, client.id)));
  if (!order) throw notFound("That order");
  const charge = whatToCharge(order, purpose);

  const paymentId = randomUUID();
  const link = { orderId: order.id, paymentId, purpose };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: order.currency,
            unit_amount: charge.cents,
            product_data: { name: charge.name },
          },
        },
      ],
      client_reference_id: order.id,
      customer_email: client.email,
      metadata: link,
      // Charges inherit these, so a refund can be traced to its payment even if it arrives first.
      payment_intent_data: { metadata: link },
      success_url: `${origin}/orders/${order.id}/${charge.success}?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${origin}/orders/${order.id}${charge.cancel}`,
    },
    { idempotencyKey: `checkout-${paymentId}` },
  );
  if (!session.url) throw new AppError("CONFLICT", "Stripe did not return a checkout page. Please try again.");
  await db.insert(payments).values({
    id: paymentId,
    orderId: order.id,
    provider: "stripe",
    status: "pending",
    amountCents: charge.cents,
    currency: order.currency,
    purpose,
    stripeCheckoutSessionId: session.id,
  });
  return session.url;
}
