import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { FilterInput, FilterSelect, ListFilter } from "@/components/list-filter";
import { StatusBadge } from "@/components/status-badge";
import { Pager } from "@/components/pager";
import { adminOrderFilterSchema, listAdminOrders } from "@/lib/admin/list-admin-orders";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { orderStatusEnum } from "@/lib/db/schema";
import { listWriters } from "@/lib/desk/list-writers";
import type { SearchParams } from "@/lib/lists/list-params";
import { occasions } from "@/lib/orders/catalogue";
import { formatMoney } from "@/lib/orders/pricing";
import { statusLabel } from "@/lib/orders/state-machine";

export const metadata: Metadata = { title: "Orders" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor(["editor", "admin"]);
  const filter = adminOrderFilterSchema.parse(await searchParams);
  const db = await getDb();
  const [orders, writers] = await Promise.all([listAdminOrders(db, actor, filter), listWriters(db, actor)]);
  const { status } = filter;
  const filtered = Boolean(status || filter.writer || filter.from || filter.to || filter.q);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Orders</h1>
          <p className="lede">Every letter, from brief to doorstep.</p>
        </div>
      </div>
      <ListFilter action="/admin/orders" label="Filter orders" filtered={filtered} search>
        <FilterInput name="q" label="Client or recipient" value={filter.q} />
        <FilterSelect name="status" label="Status" value={status} any="All statuses" options={orderStatusEnum.enumValues.map((s) => ({ value: s, label: statusLabel(s, "staff") }))} />
        <FilterSelect name="writer" label="Writer" value={filter.writer} any="Any writer" options={writers.map((w) => ({ value: w.id, label: w.name }))} />
        <FilterInput name="from" label="Placed from" value={filter.from} type="date" />
        <FilterInput name="to" label="to" value={filter.to} type="date" />
      </ListFilter>
      <DataTable
        caption={`${status ? `Orders that are ${statusLabel(status, "staff").toLowerCase()}` : filtered ? "Matching orders" : "All orders"}, newest first`}
        rows={orders.rows}
        empty={<p className="card empty">{filtered ? "No orders match these filters." : "No orders yet."}</p>}
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
      <Pager page={orders} total={orders.total} noun={["order", "orders"]} pathname="/admin/orders" params={filter} />
    </>
  );
}
