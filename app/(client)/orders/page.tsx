import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { FilterInput, ListFilter } from "@/components/list-filter";
import { Pager } from "@/components/pager";
import { formatDays } from "@/components/client/expected-dates";
import { LetterThumbnail } from "@/components/client/letter-thumbnail";
import { formatDay } from "@/components/client/format-date";
import { StatusBadge } from "@/components/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { occasions } from "@/lib/orders/catalogue";
import type { SearchParams } from "@/lib/lists/list-params";
import { clientOrderFilterSchema, listClientOrders } from "@/lib/orders/list-client-orders";
import { expectedDates } from "@/lib/orders/expected-dates";
import { formatMoney } from "@/lib/orders/pricing";

export const metadata: Metadata = { title: "My letters" };

function expectedCell(order: Parameters<typeof expectedDates>[0]) {
  const finish = expectedDates(order)?.finish;
  return finish ? formatDays(finish.soonest, finish.latest) : "—";
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor(["client"]);
  const filter = clientOrderFilterSchema.parse(await searchParams);
  const orders = await listClientOrders(await getDb(), actor, filter);
  // The search appears once there is enough to search through.
  const searchable = Boolean(filter.q) || orders.total > 10;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>My letters</h1>
          <p className="lede">Every letter you have ordered, newest first.</p>
        </div>
        <Link className="button primary" href="/orders/new">
          New letter
        </Link>
      </div>
      {searchable && (
        <ListFilter action="/orders" label="Find a letter" filtered={Boolean(filter.q)} submitLabel="Find" clearLabel="Show all letters" search>
          <FilterInput name="q" label="Recipient" value={filter.q} />
        </ListFilter>
      )}
      <DataTable
        caption="Your letters"
        rows={orders.rows}
        empty={
          filter.q ? (
            <p className="card empty">No letters to anyone called “{filter.q}”.</p>
          ) : (
          <div className="card empty">
            <p>You have not ordered a letter yet. Tell us who it is for and what you would like to say; a writer does the rest.</p>
            <Link className="button primary" href="/orders/new">
              New letter
            </Link>
          </div>
          )
        }
        columns={[
          {
            header: "Letter",
            cell: (o) => <LetterThumbnail orderId={o.id} status={o.status} />,
          },
          { header: "Recipient", cell: (o) => <Link href={`/orders/${o.id}`}>{o.recipientName ?? "Letter"}</Link> },
          { header: "Occasion", cell: (o) => occasions[o.occasion] },
          { header: "Status", cell: (o) => <StatusBadge status={o.status} /> },
          { header: "Price", cell: (o) => formatMoney(o.priceCents, o.currency) },
          { header: "Ordered", cell: (o) => formatDay(o.createdAt) },
          { header: "Expected", cell: (o) => expectedCell(o) },
        ]}
      />
      <Pager page={orders} total={orders.total} noun={["letter", "letters"]} pathname="/orders" params={filter} />
    </>
  );
}
