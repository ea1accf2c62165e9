import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/components/client/or-not-found";
import { authorLabel } from "@/components/desk/author-label";
import { AssignWriterForm } from "@/components/desk/assign-writer-form";
import { BriefPanel } from "@/components/desk/brief-panel";
import { EditLetterForm } from "@/components/desk/edit-letter-form";
import { LetterNotes } from "@/components/desk/letter-notes";
import { MarkedLetter, SuggestionList } from "@/components/desk/marked-letter";
import { ReviewNoteForm } from "@/components/desk/review-note-form";
import { SendToClientForm } from "@/components/desk/send-to-client-form";
import { VersionDiff } from "@/components/desk/version-diff";
import { VersionHistory } from "@/components/desk/version-history";
import { toVersionItems } from "@/components/desk/version-items";
import { RenderedLetter } from "@/components/rendered-letter";
import { letterView } from "@/lib/handwriting/letter-view";
import { StatusBadge } from "@/components/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { listComments } from "@/lib/comments/list-comments";
import { getDb } from "@/lib/db/client";
import { getDeskOrder } from "@/lib/desk/get-desk-order";
import { listWriters } from "@/lib/desk/list-writers";
import { REASSIGNABLE } from "@/lib/desk/reassign-writer";
import { anchorPassages } from "@/lib/letters/anchor-passages";
import { diffVersions } from "@/lib/letters/diff-versions";
import { letterStats } from "@/lib/letters/letter-stats";
import { listVersions } from "@/lib/letters/list-versions";
import { canWriteVersion } from "@/lib/letters/save-version";
import { occasions } from "@/lib/orders/catalogue";
import { checkOrderLetter } from "@/lib/proofread/check-order-letter";
import { availableEvents } from "@/lib/orders/state-machine";
import { assign } from "@/app/(writer)/desk/actions";
import { compareLetter } from "@/app/(writer)/desk/[orderId]/actions";
import { noteForWriter, saveEdit, send } from "./actions";

export const metadata: Metadata = { title: "Review a letter" };

export default async function ReviewPage({ params }: { params: Promise<{ orderId: string }> }) {
  const actor = await requirePageActor(["editor", "admin"]);
  const db = await getDb();
  const order = await orNotFound(getDeskOrder(db, actor, (await params).orderId));
  const [versions, notes, writers] = await Promise.all([
    listVersions(db, actor, order.id),
    listComments(db, actor, order.id),
    listWriters(db, actor),
  ]);
  const latest = versions.at(-1);
  const previous = versions.at(-2);
  const events = availableEvents(order, actor);
  const inReview = order.status === "in_review";
  const stats = latest ? letterStats(latest.body, order.length) : null;
  // The writer's marks, on the version under review: the offline proofreader (what the writer saw
  // underlined, minus what they dismissed) and every note whose quoted words are in this text.
  const proofread = latest ? await checkOrderLetter(db, actor, order.id, latest.body, { ai: false }) : null;
  const passages = latest ? anchorPassages(latest.body, notes) : [];
  return (
    <>
      <div className="page-head">
        <div>
          <h1>
            Review: {occasions[order.occasion]} letter to {order.recipientName ?? "the recipient"}
          </h1>
          <p className="lede">
            <StatusBadge status={order.status} audience="staff" /> Writer: {order.writerName ?? "none yet"}
            {order.aiShare !== null && ` · ${Math.round(order.aiShare * 100)}% of the words from AI drafts`}
          </p>
        </div>
        <Link className="button quiet" href="/admin/review">
          Back to the queue
        </Link>
      </div>
      {!inReview && (
        <p className="alert info" role="status">
          This letter is not waiting for review; it is shown for reference.
        </p>
      )}
      <div className="review-layout">
        <div className="stack">
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading">
              {latest ? `Version ${latest.number}` : "No version yet"}
              {latest && <span className="small muted"> · {authorLabel(latest)}</span>}
            </h2>
            {latest && stats && (
              <>
                <p className="small muted">
                  {stats.words} words (ordered {stats.minWords}–{stats.maxWords}) · about {stats.minutes} min to read
                </p>
                <h3 id="marked-heading">The text, with its marks</h3>
                <MarkedLetter body={latest.body} lang={order.englishVariety} suggestions={proofread?.suggestions ?? []} passages={passages} labelledBy="marked-heading" />
                <SuggestionList body={latest.body} suggestions={proofread?.suggestions ?? []} />
                <h3>In handwriting, as it will print</h3>
                <div id="review-letter">
                  <RenderedLetter view={letterView(actor, order, latest)} audience="editor" />
                </div>
              </>
            )}
          </section>
          {latest && previous && (
            <section className="card" aria-labelledby="diff-heading">
              <h2 id="diff-heading">What changed since version {previous.number}</h2>
              <VersionDiff diff={diffVersions(previous.body, latest.body)} from={previous.number} to={latest.number} />
            </section>
          )}
          {inReview && latest && (
            <section className="card" aria-labelledby="decide-heading">
              <h2 id="decide-heading">Notes and decision</h2>
              <ReviewNoteForm orderId={order.id} canReturn={events.includes("return_to_writer")} letterId="review-letter" body={latest.body} action={noteForWriter} />
              {events.includes("send_to_client") && (
                <div className="send-row">
                  <p className="small muted">Happy with it? The client reads it in handwriting next.</p>
                  <SendToClientForm
                    orderId={order.id}
                    action={send}
                    lengthWarning={
                      stats && stats.fit !== "within"
                        ? `This letter has ${stats.words} words; the order is for ${stats.minWords}–${stats.maxWords}.`
                        : undefined
                    }
                  />
                </div>
              )}
            </section>
          )}
          {latest && canWriteVersion(actor.role, order.status) && (
            <details className="card edit-letter">
              <summary>
                <h2>Edit letter</h2>
              </summary>
              <p className="small muted">Your changes are saved as an editor&apos;s version; the writer sees them in the history.</p>
              <EditLetterForm orderId={order.id} body={latest.body} baseNumber={latest.number} action={saveEdit} />
            </details>
          )}
        </div>
        <div className="stack">
          {writers.length > 0 && (order.status === "paid" || REASSIGNABLE.includes(order.status)) && (
            <section className="card" aria-labelledby="writer-heading">
              <h2 id="writer-heading">Writer</h2>
              <AssignWriterForm
                orderId={order.id}
                writers={writers}
                currentWriterId={order.writerId}
                letterName="this letter"
                action={assign}
              />
            </section>
          )}
          <BriefPanel order={order} />
          <LetterNotes notes={notes} passages={passages} />
          <VersionHistory orderId={order.id} versions={toVersionItems(versions)} compare={compareLetter} canRestore={false} />
        </div>
      </div>
    </>
  );
}
