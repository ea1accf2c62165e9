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
    body: "Stripe has not confirmed the payment yet. The extra round of changes is added by itself as soon as it does.",
  },
  failed: { title: "The payment did not go through", body: "Nothing was charged. You can try again from your letter's page." },
  mismatch: {
    title: "We could not confirm this payment",
    body: "The payment did not match the price of another round, so no round was added. Our team has been told and will refund anything taken.",
  },
  unknown: { title: "We could not find this payment", body: "Please go back to your letter and try again." },
};

/** The return from Stripe Checkout for another round of changes: re-checks the session with Stripe first. */
export default async function ExtraRoundSuccessPage({
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
  // The order page now shows the "Request changes" form.
  if (outcome === "paid" || outcome === "already") redirect(`/orders/${id}#decide-heading`);

  return (
    <div className="card pay-waiting stack">
      <h1>{messages[outcome].title}</h1>
      <p className="lede">{messages[outcome].body}</p>
      <p>
        <Link className="button" href={`/orders/${id}`}>
          Back to your letter
        </Link>
      </p>
    </div>
  );
}
