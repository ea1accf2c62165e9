import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";
import { getStripe } from "@/lib/payments/get-stripe";
import { handleStripeEvent } from "@/lib/payments/handle-stripe-event";

export const runtime = "nodejs";

/**
 * Stripe's webhook: the signature is checked on the raw body, then the event is applied once.
 * Any answer but 2xx (404 for a checkout we do not know yet, 500 on failure) makes Stripe deliver
 * the event again later.
 */
export async function POST(request: Request) {
  const stripe = getStripe();
  if (!stripe) return new Response("Stripe is not configured.", { status: 404 });
  const payload = await request.text();
  let event;
  try {
    event = stripe.webhooks.constructEvent(payload, request.headers.get("stripe-signature") ?? "", env().STRIPE_WEBHOOK_SECRET!);
  } catch {
    return new Response("Invalid signature.", { status: 400 });
  }
  try {
    const outcome = await handleStripeEvent(await getDb(), event);
    return Response.json({ received: true, outcome });
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error, "text");
    console.error("stripe webhook failed", { eventId: event.id, type: event.type, error: error instanceof Error ? error.name : "unknown" });
    return new Response("Could not process the event.", { status: 500 });
  }
}
