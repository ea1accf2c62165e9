import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AutoRefresh } from "@/components/auto-refresh";
import { JobProgress } from "@/components/job-progress";
import { StatusBadge } from "@/components/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { envelopeFor } from "@/lib/handwriting/layout-envelope";
import { papers, type PaperSize } from "@/lib/orders/catalogue";
import { listPrintBatches } from "@/lib/print-batches/list-print-batches";
import { printQueue } from "@/lib/print-batches/print-queue";
import { createBatchAction, markMailedAction, markPrintedAction, requestBatchPdfAction } from "./actions";

export const metadata: Metadata = { title: "Printing and mailing" };

// About 12 ms a page and three pages a letter (bench: a 100-letter batch in 3.5 s), for the progress bar.
const expectedMs = (letters: number) => 2_000 + letters * 40;
const building = (status: string | null) => status === "queued" || status === "running";

export default async function FulfilmentPage() {
  const actor = await requirePageActor(["admin"]);
  const db = await getDb();
  const [queue, batches] = await Promise.all([printQueue(db, actor), listPrintBatches(db, actor)]);
  const waiting = Object.entries(queue) as [PaperSize, NonNullable<(typeof queue)[PaperSize]>][];
  return (
    <>
      <AutoRefresh active={batches.some((b) => building(b.pdfStatus))} />
      <div className="page-head">
        <div>
          <h1>Printing and mailing</h1>
          <p className="lede">Approved letters to be mailed, gathered into print runs by paper: one PDF each with the letters, their envelopes and a batch sheet.</p>
        </div>
      </div>
      <section aria-labelledby="queue-heading" className="stack">
        <h2 id="queue-heading">Waiting to be printed</h2>
        {waiting.length === 0 && <p className="card empty">No approved letters are waiting to be printed.</p>}
        {waiting.map(([paper, letters]) => (
          <div key={paper} className="card stack">
            <h3>
              {papers[paper].label} · {envelopeFor(paper).name} envelopes
            </h3>
            <ul>
              {letters.map((l) => (
                <li key={l.order.id}>
                  <Link href={`/admin/orders/${l.order.id}`}>{l.recipient.name}</Link>
                  {l.blocked && <span className="field-error"> · {l.blocked}: send it back to be changed.</span>}
                </li>
              ))}
            </ul>
            {letters.some((l) => !l.blocked) && <ActionForm action={createBatchAction} hidden={{ paper }} submit={`Make a ${papers[paper].label} print batch`} />}
          </div>
        ))}
      </section>
      <section aria-labelledby="batches-heading" className="stack">
        <h2 id="batches-heading">Print batches</h2>
        {batches.length === 0 && <p className="card empty">No print batches yet.</p>}
        {batches.map((batch) => (
          <section key={batch.id} className="card stack" aria-labelledby={`batch-${batch.id}`}>
            <h3 id={`batch-${batch.id}`}>
              Batch {batch.number} · {papers[batch.paper as PaperSize]?.label ?? batch.paper} · {batch.printedAt ? "printed" : "not printed yet"}
            </h3>
            {/* The PDF is built by a background job; the page follows it until the download is ready. */}
            {batch.pdfStatus === "done" && batch.pdfFile ? (
              <p className="row">
                <a className="button" href={`/api/print-batches/${batch.id}/batch.pdf`} download>
                  Download batch PDF
                </a>
                <span className="small muted">{(batch.pdfFile.bytes / 2 ** 20).toFixed(1)} MB</span>
              </p>
            ) : building(batch.pdfStatus) ? (
              <div className="stack batch-pdf-progress">
                <p className="small muted">{batch.pdfStatus === "queued" ? "Waiting to make the batch PDF…" : "Making the batch PDF…"}</p>
                <JobProgress
                  progress={batch.pdfProgress}
                  startedAt={batch.pdfStartedAt?.toISOString() ?? null}
                  expectedMs={expectedMs(batch.letters.length)}
                  label="Making the batch PDF"
                />
              </div>
            ) : (
              <>
                {batch.pdfError && <p className="alert error small">{batch.pdfError}</p>}
                <ActionForm action={requestBatchPdfAction} hidden={{ batchId: batch.id }} submit={batch.pdfError ? "Try the batch PDF again" : "Make batch PDF"} />
              </>
            )}
            {!batch.printedAt && batch.pdfStatus === "done" && <ActionForm action={markPrintedAction} hidden={{ batchId: batch.id }} submit="Mark batch printed" />}
            <ul className="stack">
              {batch.letters.map((l) => (
                <li key={l.id} className="row">
                  <Link href={`/admin/orders/${l.id}`}>{l.recipientName ?? "Letter"}</Link> <StatusBadge status={l.status} audience="staff" />
                  {l.tracking && <span className="muted small">Tracking {l.tracking}</span>}
                  {l.status === "printed" && (
                    <ActionForm action={markMailedAction} hidden={{ orderId: l.id }} submit="Mark mailed">
                      <label>
                        Tracking reference for {l.recipientName ?? "this letter"}
                        <input name="tracking" required minLength={3} maxLength={60} />
                      </label>
                    </ActionForm>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </>
  );
}
