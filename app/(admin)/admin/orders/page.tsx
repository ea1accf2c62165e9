import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { StatusBadge } from "@/components/status-badge";
import { listAdminOrders } from "@/lib/admin/list-admin-orders";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { orderStatusEnum, type OrderStatus } from "@/lib/db/schema";
import { occasions } from "@/lib/orders/catalogue";
import { formatMoney } from "@/lib/orders/pricing";
import { statusLabel } from "@/lib/orders/state-machine";

export const metadata: Metadata = { title: "Orders" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const actor = await requirePageActor(["editor", "admin"]);
  const requested = (await searchParams).status;
  const status = orderStatusEnum.enumValues.find((s) => s === requested) as OrderStatus | undefined;
  const orders = await listAdminOrders(await getDb(), actor, { status });
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Orders</h1>
          <p className="lede">Every letter, from brief to doorstep.</p>
        </div>
        <form className="admin-filter" method="get" action="/admin/orders">
          <div className="field">
            <label htmlFor="status-filter">Status</label>
            <select id="status-filter" name="status" defaultValue={status ?? ""}>
              <option value="">All statuses</option>
              {orderStatusEnum.enumValues.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s, "staff")}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            Filter
          </button>
        </form>
      </div>
      <DataTable
        caption={`${status ? `Orders that are ${statusLabel(status, "staff").toLowerCase()}` : "All orders"}, newest first`}
        rows={orders}
        empty={<p className="card empty">{status ? `No orders are “${statusLabel(status, "staff")}” right now.` : "No orders yet."}</p>}
        columns={[
          { header: "Client", cell: (o) => <Link href={`/admin/orders/${o.id}`}>{o.clientName}</Link> },
          {
            header: "Recipient",
            cell: (o) => (
              <>
                {o.recipientName ?? "—"}
                <span className="muted small admin-sub">{occasions[o.occasion]}</span>
              </>
            ),
          },
          { header: "Status", cell: (o) => <StatusBadge status={o.status} audience="staff" /> },
          { header: "Writer", cell: (o) => o.writerName ?? <span className="muted">Not yet</span> },
          { header: "Price", cell: (o) => formatMoney(o.priceCents, o.currency) },
          { header: "Created", cell: (o) => <time dateTime={o.createdAt.toISOString()}>{dateFormat.format(o.createdAt)}</time> },
        ]}
      />
    </>
  );
}
