import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { orNotFound } from "@/components/client/or-not-found";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { confirmCheckoutReturn } from "@/lib/payments/confirm-checkout-return";
import type { FulfilOutcome } from "@/lib/payments/fulfil-checkout";
import { getStripe } from "@/lib/payments/get-stripe";

export type CheckoutReturnMessages = Record<Exclude<FulfilOutcome, "paid" | "already">, { title: string; body: string }>;

type Props = {
  orderId: string;
  sessionId: string;
  messages: CheckoutReturnMessages;
  /** Where a confirmed payment goes on to. */
  paidHref: string;
  retryHref?: string;
  backLabel: string;
};

/**
 * The return from Stripe Checkout: re-checks the session with Stripe (through the same idempotent
 * fulfilment as the webhook) before showing anything as paid.
 */
export async function CheckoutReturn({ orderId, sessionId, messages, paidHref, retryHref, backLabel }: Props) {
  const actor = await requirePageActor(["client"]);
  const stripe = getStripe();
  if (!stripe) notFound();
  const outcome = await orNotFound(confirmCheckoutReturn(await getDb(), stripe, actor, orderId, sessionId));
  if (outcome === "paid" || outcome === "already") redirect(paidHref);

  return (
    <div className="card pay-waiting stack">
      <h1>{messages[outcome].title}</h1>
      <p className="lede">{messages[outcome].body}</p>
      <p className="row">
        {outcome === "failed" && retryHref && (
          <Link className="button primary" href={retryHref}>
            Try again
          </Link>
        )}
        <Link className="button" href={`/orders/${orderId}`}>
          {backLabel}
        </Link>
      </p>
    </div>
  );
}
