import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { orNotFound } from "@/components/client/or-not-found";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { deliveries, lengths } from "@/lib/orders/catalogue";
import { formatMoney } from "@/lib/orders/pricing";
import { getReceipts } from "@/lib/payments/get-receipts";
import { receiptLines, type ReceiptTotals } from "@/lib/payments/receipt-lines";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Receipt" };

function ReceiptTable({ payment, totals }: { payment: { id: string; currency: string; refundedCents: number }; totals: ReceiptTotals }) {
  const money = (cents: number) => formatMoney(cents, payment.currency);
  return (
    <table className="receipt-lines">
      <caption className="visually-hidden">What this payment was for</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col" className="amount">
            Amount ({payment.currency.toUpperCase()})
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.lines.map((line) => (
          <tr key={line.label}>
            <td>{line.label}</td>
            <td className="amount">{money(line.cents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Subtotal</th>
          <td className="amount">{money(totals.subtotalCents)}</td>
        </tr>
        <tr>
          <th scope="row">Sales tax (not charged)</th>
          <td className="amount">{money(totals.taxCents)}</td>
        </tr>
        <tr className="receipt-total">
          <th scope="row">Total paid</th>
          <td className="amount">{money(totals.totalCents)}</td>
        </tr>
        {payment.refundedCents > 0 && (
          <>
            <tr>
              <th scope="row">Refunded</th>
              <td className="amount">−{money(payment.refundedCents)}</td>
            </tr>
            <tr>
              <th scope="row">Net</th>
              <td className="amount">{money(totals.totalCents - payment.refundedCents)}</td>
            </tr>
          </>
        )}
      </tfoot>
    </table>
  );
}

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
              <LocalTime value={p.createdAt} />
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
          </dl>
          <ReceiptTable payment={p} totals={receiptLines(order, p, letter)} />
        </article>
      ))}
    </>
  );
}
