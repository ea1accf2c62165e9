import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { orNotFound } from "@/components/client/or-not-found";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { confirmCheckoutReturn } from "@/lib/payments/confirm-checkout-return";
import type { FulfilOutcome } from "@/lib/payments/fulfil-checkout";
import { getStripe } from "@/lib/payments/get-stripe";

export const metadata: Metadata = { title: "Confirming your payment" };

const messages: Record<Exclude<FulfilOutcome, "paid" | "already">, { title: string; body: string }> = {
  waiting: {
    title: "Your payment is on its way",
    body: "Stripe has not confirmed the payment yet (some bank payments take a few days). Your order moves on by itself as soon as it does.",
  },
  failed: { title: "The payment did not go through", body: "Nothing was charged. You can try again with another card." },
  mismatch: {
    title: "We could not confirm this payment",
    body: "The payment did not match your order's price, so the order has not been marked paid. Our team has been told and will refund anything taken.",
  },
  unknown: { title: "We could not find this payment", body: "Please go back to your order and try again." },
};

/** The return from Stripe Checkout: re-checks the session with Stripe before showing anything as paid. */
export default async function PaySuccessPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ session_id?: string }>;
}) {
  const actor = await requirePageActor(["client"]);
  const stripe = getStripe();
  if (!stripe) notFound();
  const { id } = await params;
  const outcome = await orNotFound(confirmCheckoutReturn(await getDb(), stripe, actor, id, (await searchParams).session_id ?? ""));
  if (outcome === "paid" || outcome === "already") redirect(`/orders/${id}?paid=1`);

  return (
    <div className="card pay-waiting stack">
      <h1>{messages[outcome].title}</h1>
      <p className="lede">{messages[outcome].body}</p>
      <p className="row">
        {outcome === "failed" && (
          <Link className="button primary" href={`/orders/${id}/pay`}>
            Try again
          </Link>
        )}
        <Link className="button" href={`/orders/${id}`}>
          Back to your order
        </Link>
      </p>
    </div>
  );
}
