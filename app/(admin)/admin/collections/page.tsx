import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Pager } from "@/components/pager";
import { requirePageActor } from "@/lib/auth/session";
import { listCollections } from "@/lib/books/list-collections";
import { listPublishableLetters } from "@/lib/books/list-publishable-letters";
import { givenNames } from "@/lib/books/person-names";
import { getDb } from "@/lib/db/client";
import { cursorParam, type SearchParams } from "@/lib/lists/list-params";
import { occasions } from "@/lib/orders/catalogue";
import { createCollectionAction } from "./actions";
import { NewCollectionForm } from "./new-collection-form";

export const metadata: Metadata = { title: "Collections" };

export default async function CollectionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor(["admin"]);
  const db = await getDb();
  const { letters: cursor } = z.object({ letters: cursorParam }).parse(await searchParams);
  const [collections, letters] = await Promise.all([listCollections(db, actor), listPublishableLetters(db, actor, cursor)]);
  const choices = letters.rows.map((l) => ({
    orderId: l.orderId,
    label: `${l.recipientName ? givenNames(l.recipientName) : "Someone"} · ${occasions[l.occasion]} · from ${l.clientName}`,
  }));
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Collections</h1>
          <p className="lede">Books of approved letters whose clients have agreed to share them.</p>
        </div>
      </div>
      <div className="split">
        <section aria-labelledby="list-head">
          <h2 id="list-head">Books</h2>
          {collections.length === 0 ? (
            <p className="card empty">No collections yet. Start one with the form.</p>
          ) : (
            <ul className="admin-cards">
              {collections.map((c) => (
                <li key={c.id} className="card">
                  <h3>
                    <Link href={`/admin/collections/${c.id}`}>{c.title}</Link>
                  </h3>
                  {c.subtitle && <p className="muted">{c.subtitle}</p>}
                  <p className="small muted">
                    {c.letters} {c.letters === 1 ? "letter" : "letters"}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="new-head">
          <h2 id="new-head">New collection</h2>
          <NewCollectionForm action={createCollectionAction} letters={choices} />
          <Pager page={letters} total={letters.total} noun={["letter", "letters"]} pathname="/admin/collections" param="letters" />
        </section>
      </div>
    </>
  );
}
