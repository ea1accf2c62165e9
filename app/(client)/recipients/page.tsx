import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { FilterInput, ListFilter } from "@/components/list-filter";
import { Pager } from "@/components/pager";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { SearchParams } from "@/lib/lists/list-params";
import { countryName } from "@/lib/recipients/countries";
import { hasPostalAddress } from "@/lib/recipients/has-postal-address";
import { listRecipients, recipientFilterSchema } from "@/lib/recipients/list-recipients";

export const metadata: Metadata = { title: "Address book" };

export default async function RecipientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor(["client"]);
  const filter = recipientFilterSchema.parse(await searchParams);
  const recipients = await listRecipients(await getDb(), actor, filter);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Address book</h1>
          <p className="lede">The people you write to, with their addresses for printed letters.</p>
        </div>
        <div className="row">
          <Link className="button" href="/recipients/import">
            Import from CSV
          </Link>
          <Link className="button primary" href="/recipients/new">
            Add a recipient
          </Link>
        </div>
      </div>
      {(filter.q || recipients.total > 10) && (
        <ListFilter action="/recipients" label="Find a recipient" filtered={Boolean(filter.q)} submitLabel="Find" clearLabel="Show everyone" search>
          <FilterInput name="q" label="Name" value={filter.q} />
        </ListFilter>
      )}
      <DataTable
        caption="Your recipients"
        rows={recipients.rows}
        empty={
          filter.q ? (
            <p className="card empty">Nobody called “{filter.q}” in your address book.</p>
          ) : (
            <div className="card empty">
              <p>Your address book is empty. Add the first person you would like to write to.</p>
              <Link className="button primary" href="/recipients/new">
                Add a recipient
              </Link>
            </div>
          )
        }
        columns={[
          { header: "Name", cell: (r) => <Link href={`/recipients/${r.id}`}>{r.name}</Link> },
          { header: "Relationship", cell: (r) => r.relationship || <span className="muted">—</span> },
          {
            header: "Address",
            cell: (r) => (hasPostalAddress(r) ? `${r.city}, ${countryName(r.country)}` : <span className="muted">No postal address</span>),
          },
          { header: "Letters", cell: (r) => r.letterCount },
        ]}
      />
      <Pager page={recipients} total={recipients.total} noun={["recipient", "recipients"]} pathname="/recipients" params={filter} />
    </>
  );
}
