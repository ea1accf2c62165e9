import type { Metadata } from "next";
import Link from "next/link";
import { AutoRefresh } from "@/components/auto-refresh";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getCollection } from "@/lib/books/get-collection";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { occasions } from "@/lib/orders/catalogue";
import { compileBookAction, moveItemAction, updateItemAction } from "./actions";
import { ActionButton, ItemEditor } from "./collection-forms";

export const metadata: Metadata = { title: "Collection" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const exportState = { queued: "Waiting", running: "Compiling", done: "Ready", failed: "Failed" } as const;

export default async function CollectionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor(["admin"]);
  const { id } = await params;
  const view = await getCollection(await getDb(), actor, id).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { collection, items, exports } = view;
  const latestDone = exports.find((e) => e.status === "done");
  return (
    <>
      <AutoRefresh active={exports.some((e) => e.status === "queued" || e.status === "running")} />
      <div className="page-head">
        <div>
          <p className="small">
            <Link href="/admin/collections">← All collections</Link>
          </p>
          <h1>{collection.title}</h1>
          {collection.subtitle && <p className="lede">{collection.subtitle}</p>}
        </div>
      </div>

      <div className="split">
        <section aria-labelledby="letters-head">
          <h2 id="letters-head">Letters, in book order</h2>
          <ol className="admin-items">
            {items.map((item, index) => (
              <li key={item.orderId} className="card">
                <div className="admin-item-head">
                  <h3>
                    {index + 1}. {item.title}
                  </h3>
                  <div className="row">
                    {index > 0 && (
                      <ActionButton
                        action={moveItemAction}
                        fields={{ collectionId: collection.id, orderId: item.orderId, direction: "up" }}
                        label="Move up"
                        accessibleLabel={`Move “${item.title}” up`}
                        variant="quiet"
                      />
                    )}
                    {index < items.length - 1 && (
                      <ActionButton
                        action={moveItemAction}
                        fields={{ collectionId: collection.id, orderId: item.orderId, direction: "down" }}
                        label="Move down"
                        accessibleLabel={`Move “${item.title}” down`}
                        variant="quiet"
                      />
                    )}
                  </div>
                </div>
                <p className="small muted">
                  {occasions[item.occasion]} · for {item.recipientName?.split(/\s+/)[0] ?? "someone"} ·{" "}
                  <Link href={`/admin/orders/${item.orderId}`}>order</Link>
                </p>
                {!item.publishable && (
                  <p className="alert error">Consent was withdrawn or the letter is no longer approved: it will be left out of the book.</p>
                )}
                <details>
                  <summary>Edit the text for the book</summary>
                  <ItemEditor action={updateItemAction} collectionId={collection.id} orderId={item.orderId} title={item.title} text={item.text} />
                </details>
              </li>
            ))}
          </ol>
        </section>

        <aside className="stack">
          <section className="card" aria-labelledby="book-head">
            <h2 id="book-head">The book</h2>
            <p className="muted small">A 6 × 9 in PDF: title page, contents, and each letter as a chapter.</p>
            <ActionButton action={compileBookAction} fields={{ collectionId: collection.id }} label="Compile book" variant="primary" pendingLabel="Compiling…" />
            {latestDone && (
              <p>
                <a className="button" href={`/api/collections/${collection.id}/exports/${latestDone.id}`} download>
                  Download book PDF
                </a>{" "}
                <span className="muted small">{latestDone.pageCount} pages</span>
              </p>
            )}
          </section>
          {exports.length > 0 && (
            <section className="card" aria-labelledby="exports-head">
              <h2 id="exports-head">Compilations</h2>
              <ul className="admin-exports">
                {exports.map((e) => (
                  <li key={e.id}>
                    <span className="row">
                      <span className={`badge export-${e.status}`}>{exportState[e.status]}</span>
                      <time dateTime={e.createdAt.toISOString()}>{when.format(e.createdAt)} UTC</time>
                    </span>
                    <progress max={100} value={e.progress} aria-label={`Progress: ${e.progress}%`}>
                      {e.progress}%
                    </progress>
                    <span className="small muted">
                      {e.progress}%{e.pageCount ? ` · ${e.pageCount} pages` : ""}
                      {e.error ? ` · ${e.error}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </>
  );
}
