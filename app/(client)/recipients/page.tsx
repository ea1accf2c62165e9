import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { countryName } from "@/lib/recipients/countries";
import { hasPostalAddress } from "@/lib/recipients/has-postal-address";
import { listRecipients } from "@/lib/recipients/list-recipients";

export const metadata: Metadata = { title: "Address book" };

export default async function RecipientsPage() {
  const actor = await requirePageActor(["client"]);
  const recipients = await listRecipients(await getDb(), actor);
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
      <DataTable
        caption="Your recipients"
        rows={recipients}
        empty={
          <div className="card empty">
            <p>Your address book is empty. Add the first person you would like to write to.</p>
            <Link className="button primary" href="/recipients/new">
              Add a recipient
            </Link>
          </div>
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
    </>
  );
}
