import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, payments } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { lengths, occasions } from "@/lib/orders/catalogue";

/**
 * Starts a Stripe Checkout for the client's own unpaid order at its stored price, and records a
 * pending payment for it. Returns the Checkout page's address. Nothing is marked paid here: only
 * the webhook or the success page's re-check against Stripe (fulfilCheckout) does that.
 */
export async function createCheckoutSession(
  db: DbOrTx,
  stripe: Stripe,
  client: Actor,
  orderId: string,
  origin: string,
): Promise<string> {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.clientId, client.id)));
  if (!order) throw notFound("That order");
  if (order.status !== "draft") throw new AppError("CONFLICT", "This order has already been paid.");
  if (order.priceCents <= 0) throw new AppError("CONFLICT", "This order has no price to pay.");

  const paymentId = randomUUID();
  const link = { orderId: order.id, paymentId };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: order.currency,
            unit_amount: order.priceCents,
            // Product names reach Stripe's dashboard and receipts: no names or letter text.
            product_data: { name: `${occasions[order.occasion]} — ${lengths[order.length].label.toLowerCase()}, handwritten` },
          },
        },
      ],
      client_reference_id: order.id,
      customer_email: client.email,
      metadata: link,
      // Charges inherit these, so a refund can be traced to its payment even if it arrives first.
      payment_intent_data: { metadata: link },
      success_url: `${origin}/orders/${order.id}/pay/success?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${origin}/orders/${order.id}/pay`,
    },
    { idempotencyKey: `checkout-${paymentId}` },
  );
  if (!session.url) throw new AppError("CONFLICT", "Stripe did not return a checkout page. Please try again.");
  await db.insert(payments).values({
    id: paymentId,
    orderId: order.id,
    provider: "stripe",
    status: "pending",
    amountCents: order.priceCents,
    currency: order.currency,
    stripeCheckoutSessionId: session.id,
  });
  return session.url;
}
