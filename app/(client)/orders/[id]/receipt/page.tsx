import type { Metadata } from "next";
import Link from "next/link";
import { formatMoment } from "@/components/client/format-date";
import { orNotFound } from "@/components/client/or-not-found";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { deliveries, lengths } from "@/lib/orders/catalogue";
import { formatMoney } from "@/lib/orders/pricing";
import { getReceipts } from "@/lib/payments/get-receipts";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Receipt" };

export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor(["client"]);
  const { order, letter, payments } = await orNotFound(getReceipts(await getDb(), actor, (await params).id));
  return (
    <>
      <div className="page-head no-print">
        <div>
          <p className="muted small">
            <Link href={`/orders/${order.id}`}>Back to your order</Link>
          </p>
          <h1>{payments.length > 1 ? "Receipts" : "Receipt"}</h1>
        </div>
        <PrintButton />
      </div>
      {payments.map((p) => (
        <article key={p.id} className="card receipt" aria-labelledby={`receipt-${p.id}`}>
          <header className="receipt-head">
            <h2 id={`receipt-${p.id}`}>Beautiful Handwritten Letters</h2>
            <span className="muted small">Receipt {p.id.slice(0, 8).toUpperCase()}</span>
          </header>
          <dl className="details">
            <dt>Date</dt>
            <dd>
              <time dateTime={p.createdAt.toISOString()}>{formatMoment(p.createdAt)}</time>
            </dd>
            <dt>Billed to</dt>
            <dd>
              {actor.name} ({actor.email})
            </dd>
            <dt>For</dt>
            <dd>
              {p.label}
              <span className="muted small pay-sub">
                {p.label !== letter && `${letter} · `}
                {lengths[order.length].label} · {deliveries[order.delivery]} · order {order.id.slice(0, 8).toUpperCase()}
              </span>
            </dd>
            <dt>Paid by</dt>
            <dd>{p.provider === "stripe" ? "Card, through Stripe" : <span className="receipt-note">Offline payment — no card was charged</span>}</dd>
            {p.refundedCents > 0 && (
              <>
                <dt>Refunded</dt>
                <dd>{formatMoney(p.refundedCents, p.currency)}</dd>
              </>
            )}
            <dt>Amount</dt>
            <dd className="receipt-total">{formatMoney(p.amountCents, p.currency)}</dd>
          </dl>
        </article>
      ))}
    </>
  );
}
