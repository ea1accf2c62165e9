import type Stripe from "stripe";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { getOrderForActor } from "@/lib/orders/get-order-for-actor";
import { fulfilCheckout, type FulfilOutcome } from "./fulfil-checkout";

/**
 * When a client comes back from Checkout, asks Stripe itself whether the session was paid: the
 * redirect alone proves nothing. The session must belong to this client's order.
 */
export async function confirmCheckoutReturn(
  db: DbOrTx,
  stripe: Stripe,
  client: Actor,
  orderId: string,
  sessionId: string,
): Promise<FulfilOutcome> {
  const order = await getOrderForActor(db, client, orderId);
  if (!/^cs_[A-Za-z0-9_]+$/.test(sessionId)) throw notFound("That payment");
  const session = await stripe.checkout.sessions.retrieve(sessionId).catch((error: { statusCode?: number }) => {
    throw error?.statusCode === 404 ? notFound("That payment") : error;
  });
  if (session.metadata?.orderId !== order.id || session.client_reference_id !== order.id) throw notFound("That payment");
  return fulfilCheckout(db, session);
}
