import type { Metadata } from "next";
import Link from "next/link";
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
      {recipients.length === 0 ? (
        <div className="card empty">
          <p>Your address book is empty. Add the first person you would like to write to.</p>
          <Link className="button primary" href="/recipients/new">
            Add a recipient
          </Link>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Your recipients</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Relationship</th>
                <th scope="col">Address</th>
                <th scope="col">Letters</th>
              </tr>
            </thead>
            <tbody>
              {recipients.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/recipients/${r.id}`}>{r.name}</Link>
                  </td>
                  <td>{r.relationship || <span className="muted">—</span>}</td>
                  <td>
                    {hasPostalAddress(r) ? (
                      `${r.city}, ${countryName(r.country)}`
                    ) : (
                      <span className="muted">No postal address</span>
                    )}
                  </td>
                  <td>{r.letterCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
