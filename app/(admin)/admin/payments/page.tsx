import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { formatMoment } from "@/components/client/format-date";
import { StatusBadge } from "@/components/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatMoney } from "@/lib/orders/pricing";
import { letterTitle } from "@/lib/payments/letter-title";
import { listPayments } from "@/lib/payments/list-payments";
import { refundPaymentAction } from "./actions";
import { RefundForm } from "./refund-form";

export const metadata: Metadata = { title: "Payments" };

const statusText = {
  pending: "Pending",
  succeeded: "Paid",
  failed: "Failed",
  refunded: "Refunded",
  partially_refunded: "Partly refunded",
} as const;

export default async function AdminPaymentsPage() {
  const actor = await requirePageActor(["admin"]);
  const rows = await listPayments(await getDb(), actor);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Payments</h1>
          <p className="lede">Every payment taken, and refunds in full or in part.</p>
        </div>
      </div>
      <DataTable
        caption="Payments, newest first"
        rows={rows}
        className="payments-table"
        empty={<p className="card empty">No payments yet.</p>}
        columns={[
          {
            header: "Order",
            cell: (p) => (
              <>
                <Link href={`/admin/orders/${p.orderId}`}>{letterTitle(p)}</Link>
                <span className="muted small pay-sub">
                  <StatusBadge status={p.orderStatus} audience="staff" />
                </span>
              </>
            ),
          },
          {
            header: "Client",
            cell: (p) => (
              <>
                {p.clientName}
                <span className="muted small pay-sub">{p.clientEmail}</span>
              </>
            ),
          },
          {
            header: "Amount",
            className: "amount",
            cell: (p) => (
              <>
                {formatMoney(p.amountCents, p.currency)}
                <span className="muted small pay-sub">
                  <time dateTime={p.createdAt.toISOString()}>{formatMoment(p.createdAt)}</time>
                </span>
              </>
            ),
          },
          { header: "Refunded", className: "amount", cell: (p) => (p.refundedCents > 0 ? formatMoney(p.refundedCents, p.currency) : "—") },
          { header: "Provider", cell: (p) => (p.provider === "stripe" ? "Stripe" : <span className="offline-tag">Offline</span>) },
          { header: "Status", cell: (p) => <span className={`payment-status p-${p.status}`}>{statusText[p.status]}</span> },
          {
            header: "Refund",
            cell: (p) => {
              const remaining = p.amountCents - p.refundedCents;
              const canRefund = (p.status === "succeeded" || p.status === "partially_refunded") && remaining > 0;
              return canRefund ? (
                <RefundForm
                  action={refundPaymentAction}
                  paymentId={p.id}
                  requestId={randomUUID()}
                  remaining={(remaining / 100).toFixed(2)}
                  card={p.provider === "stripe"}
                />
              ) : (
                <span className="muted">—</span>
              );
            },
          },
        ]}
      />
    </>
  );
}
