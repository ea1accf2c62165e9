import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { FilterInput, FilterSelect, ListFilter } from "@/components/list-filter";
import { Pager } from "@/components/pager";
import { LocalTime } from "@/components/local-time";
import { StatusBadge } from "@/components/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { SearchParams } from "@/lib/lists/list-params";
import { formatMoney } from "@/lib/orders/pricing";
import { letterTitle } from "@/lib/payments/letter-title";
import { listPayments, paymentFilterSchema } from "@/lib/payments/list-payments";
import { refundPaymentAction } from "./actions";
import { RefundForm, RefundUnpayableForm } from "./refund-form";

export const metadata: Metadata = { title: "Payments" };

const statusText = {
  pending: "Pending",
  succeeded: "Paid",
  failed: "Failed",
  refunded: "Refunded",
  partially_refunded: "Partly refunded",
} as const;

export default async function AdminPaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor(["admin"]);
  const filter = paymentFilterSchema.parse(await searchParams);
  const payments = await listPayments(await getDb(), actor, filter);
  const filtered = Boolean(filter.status || filter.q);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Payments</h1>
          <p className="lede">Every payment taken, and refunds in full or in part.</p>
        </div>
      </div>
      <ListFilter action="/admin/payments" label="Filter payments" filtered={filtered} search>
        <FilterInput name="q" label="Client" value={filter.q} />
        <FilterSelect
          name="status"
          label="Status"
          value={filter.status}
          any="All payments"
          options={Object.entries(statusText).map(([value, label]) => ({ value, label }))}
        />
      </ListFilter>
      <DataTable
        caption="Payments, newest first"
        rows={payments.rows}
        className="payments-table"
        empty={<p className="card empty">{filtered ? "No payments match these filters." : "No payments yet."}</p>}
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
                  <LocalTime value={p.createdAt} />
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
              if (canRefund && p.unpayable) {
                return <RefundUnpayableForm action={refundPaymentAction} paymentId={p.id} requestId={randomUUID()} remaining={(remaining / 100).toFixed(2)} />;
              }
              return canRefund ? (
                <RefundForm
                  action={refundPaymentAction}
                  paymentId={p.id}
                  requestId={randomUUID()}
                  remainingCents={remaining}
                  currency={p.currency}
                  clientName={p.clientName}
                  card={p.provider === "stripe"}
                />
              ) : (
                <span className="muted">—</span>
              );
            },
          },
        ]}
      />
      <Pager page={payments} total={payments.total} noun={["payment", "payments"]} pathname="/admin/payments" params={filter} />
    </>
  );
}
