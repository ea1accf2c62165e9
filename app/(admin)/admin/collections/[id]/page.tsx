import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { AutoRefresh } from "@/components/auto-refresh";
import { JobProgress } from "@/components/job-progress";
import { LocalTime } from "@/components/local-time";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Pager } from "@/components/pager";
import { requirePageActor } from "@/lib/auth/session";
import { getCollection } from "@/lib/books/get-collection";
import { listPublishableLetters } from "@/lib/books/list-publishable-letters";
import { givenNames } from "@/lib/books/person-names";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { cursorParam, type SearchParams } from "@/lib/lists/list-params";
import { occasions } from "@/lib/orders/catalogue";
import { TRIM_SIZES, type TrimSize } from "@/lib/books/book-design";
import {
  addItemAction,
  cancelExportAction,
  compileBookAction,
  createPartAction,
  deletePartAction,
  renamePartAction,
  reorderAction,
  updateFrontMatterAction,
} from "./actions";
import { FrontMatterForm } from "./front-matter-form";
import { PreflightReport } from "./preflight-report";
import { TitleForm } from "./collection-forms";
import { LetterCard } from "./letter-card";
import { SortableLetters } from "./sortable-letters";

export const metadata: Metadata = { title: "Collection" };

const exportState = { queued: "Waiting", running: "Compiling", done: "Ready", failed: "Failed", cancelled: "Cancelled" } as const;
const downloadLabel = { interior: "interior PDF", cover: "cover PDF", epub: "EPUB" } as const;

export default async function CollectionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor(["admin"]);
  const db = await getDb();
  const { id } = await params;
  const { letters: cursor } = z.object({ letters: cursorParam }).parse(await searchParams);
  const view = await getCollection(db, actor, id).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const candidates = await listPublishableLetters(db, actor, cursor, id);
  const { collection, items, parts, groups, exports } = view;
  const latestDone = exports.find((e) => e.status === "done" && e.files);
  // The newest compilation that got as far as a preflight (a refused one shows why it was refused).
  const latestReport = exports.find((e) => e.preflight && (e.status === "done" ? e.files : true));
  // A 150-letter book takes about 5 s on two cores; small books about 1 s.
  const expectedMs = 1500 + items.length * 30;
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
          {items.length === 0 && <p className="card empty">No letters yet: add some from the list beside.</p>}
          <div className="book-order">
            {groups.map(
              (group) =>
                (group.part || group.items.length > 0) && (
                  <section key={group.part?.id ?? "none"} className="book-part" aria-label={group.part ? `Part: ${group.part.title}` : "Letters before the parts"}>
                    {group.part && <h3 className="book-part-title">{group.part.title}</h3>}
                    {group.items.length === 0 ? (
                      <p className="muted small">No letters in this part yet: choose it in a letter’s Part menu.</p>
                    ) : (
                      <SortableLetters
                        collectionId={collection.id}
                        action={reorderAction}
                        letters={group.items.map((item, index) => ({
                          id: item.orderId,
                          title: item.title,
                          content: <LetterCard collectionId={collection.id} item={item} parts={parts} first={index === 0} last={index === group.items.length - 1} />,
                        }))}
                      />
                    )}
                  </section>
                ),
            )}
          </div>
        </section>

        <aside className="stack">
          <section className="card" aria-labelledby="book-head">
            <h2 id="book-head">The book</h2>
            <p className="muted small">
              A print-ready paperback ({TRIM_SIZES[collection.trimSize as TrimSize]?.label ?? collection.trimSize}): interior and cover PDFs
              with bleed, checked as a printer would before you download them.
            </p>
            <ActionButton action={compileBookAction} fields={{ collectionId: collection.id }} label="Compile book" variant="primary" pendingLabel="Starting…" />
            {latestDone?.files && (
              <div className="export-downloads">
                {(["interior", "cover", "epub"] as const).map(
                  (kind) =>
                    latestDone.files?.[kind] && (
                      <a key={kind} className="button" href={`/api/collections/${collection.id}/exports/${latestDone.id}/${kind}`} download>
                        Download {downloadLabel[kind]}
                      </a>
                    ),
                )}
              </div>
            )}
          </section>
          {latestReport && <PreflightReport exp={latestReport} />}
          <section className="card" aria-labelledby="front-head">
            <h2 id="front-head">Front matter</h2>
            <FrontMatterForm action={updateFrontMatterAction} collectionId={collection.id} values={collection} />
          </section>
          <section className="card" aria-labelledby="parts-head">
            <h2 id="parts-head">Parts</h2>
            <p className="muted small">Optional: each part opens with its own title page, in this order. Letters in no part come first.</p>
            {parts.length > 0 && (
              <ul className="admin-parts">
                {parts.map((part) => (
                  <li key={part.id}>
                    <TitleForm
                      action={renamePartAction}
                      fields={{ collectionId: collection.id, partId: part.id }}
                      id={`part-title-${part.id}`}
                      label={`Part title`}
                      initial={part.title}
                      submitLabel="Rename"
                    />
                    <ActionButton
                      action={deletePartAction}
                      fields={{ collectionId: collection.id, partId: part.id }}
                      label="Delete part"
                      accessibleLabel={`Delete part “${part.title}” (its letters stay in the book)`}
                      variant="quiet"
                    />
                  </li>
                ))}
              </ul>
            )}
            <TitleForm action={createPartAction} fields={{ collectionId: collection.id }} id="new-part-title" label="New part" submitLabel="Add part" />
          </section>
          <section className="card" aria-labelledby="add-head">
            <h2 id="add-head">Add letters</h2>
            {candidates.rows.length === 0 ? (
              <p className="muted small">Every approved letter with its client’s consent is already in this book.</p>
            ) : (
              <ul className="admin-checklist">
                {candidates.rows.map((letter) => {
                  const label = `${letter.recipientName ? givenNames(letter.recipientName) : "Someone"} · ${occasions[letter.occasion]} · from ${letter.clientName}`;
                  return (
                    <li key={letter.orderId} className="admin-candidate">
                      <span>{label}</span>
                      <ActionButton
                        action={addItemAction}
                        fields={{ collectionId: collection.id, orderId: letter.orderId }}
                        label="Add"
                        accessibleLabel={`Add ${label} to the book`}
                        variant="quiet"
                      />
                    </li>
                  );
                })}
              </ul>
            )}
            <Pager page={candidates} total={candidates.total} noun={["letter", "letters"]} pathname={`/admin/collections/${collection.id}`} param="letters" />
          </section>
          {exports.length > 0 && (
            <section className="card" aria-labelledby="exports-head">
              <h2 id="exports-head">Compilations</h2>
              <ul className="admin-exports">
                {exports.map((e) => {
                  const active = e.status === "queued" || e.status === "running";
                  return (
                    <li key={e.id}>
                      <span className="row">
                        <span className={`badge export-${e.status}`}>{exportState[e.status]}</span>
                        <LocalTime value={e.createdAt} />
                      </span>
                      {active && <JobProgress progress={e.progress} startedAt={e.startedAt?.toISOString() ?? null} expectedMs={expectedMs} label="Compiling" />}
                      <span className="small muted">
                        {e.pageCount ? `${e.pageCount} pages` : ""}
                        {e.status === "done" && !e.files ? " · replaced by a newer compilation" : ""}
                      </span>
                      {e.error && <span className="small alert error">{e.error}</span>}
                      {active && (
                        <ActionButton action={cancelExportAction} fields={{ collectionId: collection.id, exportId: e.id }} label="Cancel" accessibleLabel="Cancel this compilation" variant="quiet" />
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </>
  );
}
