import type { Metadata } from "next";
import Link from "next/link";
import { BriefSummary } from "@/components/client/brief-summary";
import { approveConfirmation, cancelConfirmation } from "@/components/client/confirmations";
import { ExpectedDates } from "@/components/client/expected-dates";
import { ConsentForm } from "@/components/client/consent-form";
import { formatDay } from "@/components/client/format-date";
import { LocalTime } from "@/components/local-time";
import { LetterReader } from "@/components/client/letter-reader";
import { nextSteps } from "@/components/client/next-steps";
import { orNotFound } from "@/components/client/or-not-found";
import { OrderActionForm } from "@/components/client/order-action-form";
import { OrderTimeline } from "@/components/client/order-timeline";
import { RepeatLetterCard } from "@/components/client/repeat-letter-card";
import { RequestChangesForm } from "@/components/client/request-changes-form";
import { VersionDiff } from "@/components/desk/version-diff";
import { MarkedText } from "@/components/client/marked-text";
import { RenderedLetter } from "@/components/rendered-letter";
import { StatusBadge } from "@/components/status-badge";
import { listComments } from "@/lib/comments/list-comments";
import { requirePageActor } from "@/lib/auth/session";
import { firstName } from "@/lib/ai/first-name";
import { letterView } from "@/lib/handwriting/letter-view";
import { anchorPassages } from "@/lib/letters/anchor-passages";
import { diffVersions } from "@/lib/letters/diff-versions";
import { getDb } from "@/lib/db/client";
import { occasions } from "@/lib/orders/catalogue";
import { expectedDates } from "@/lib/orders/expected-dates";
import { getClientLetter } from "@/lib/orders/get-letter-for-client";
import { getOrderForActor } from "@/lib/orders/get-order-for-actor";
import { hasPublicationConsent } from "@/lib/orders/has-publication-consent";
import { availableEvents } from "@/lib/orders/state-machine";
import { getRecipient } from "@/lib/recipients/get-recipient";
import { defaultRepeatDate } from "@/lib/recurring/default-repeat-date";
import { listRepeatLetters } from "@/lib/recurring/list-repeat-letters";
import { getOrderTimeline } from "@/lib/timeline/get-order-timeline";
import { approveLetter, cancelOrder, commentOnPassage, requestLetterChanges, savePublicationConsent, undoApproval } from "./actions";
import { repeatLetter, stopRepeatLetter } from "./repeat-actions";
import { ExtraRoundOffer } from "./extra-round/extra-round-offer";

export const metadata: Metadata = { title: "Your letter" };

const deliveredStatuses = ["approved", "printed", "mailed", "delivered"];

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ paid?: string }>;
}) {
  const actor = await requirePageActor(["client"]);
  const db = await getDb();
  const order = await orNotFound(getOrderForActor(db, actor, (await params).id));
  const [timeline, view, comments] = await Promise.all([
    getOrderTimeline(db, actor, order.id),
    getClientLetter(db, actor, order.id),
    listComments(db, actor, order.id),
  ]);
  const events = availableEvents(order, actor);
  const isDone = deliveredStatuses.includes(order.status);
  const consented = isDone && (await hasPublicationConsent(db, actor, order.id));
  const recipient = isDone && order.recipientId ? await getRecipient(db, actor, order.recipientId) : null;
  // The repeat this letter belongs to: set on it once approved, or the one that prepared this draft.
  const [repeat] = recipient || order.status === "draft" ? await listRepeatLetters(db, actor, { orderId: order.id }) : [];
  // Notes between our editor and the writer stay between them.
  const myComments = comments.filter((c) => c.authorRole === "client");
  // While the writer revises, the client's passages stay marked in the letter they commented on.
  const marks = view?.withWriter ? anchorPassages(view.letter.body, myComments.filter((c) => c.versionId === view.letter.id)) : [];
  const markOf = new Map(marks.map((m) => [m.id, m.number]));
  const roundsLeft = Math.max(0, order.revisionRoundsIncluded - order.revisionRoundsUsed);
  const expectation = expectedDates({ ...order, country: order.recipientCountry });
  const title = order.recipientName ? `Letter to ${order.recipientName}` : "Your letter";
  const sheet = view ? letterView(actor, order, view.letter) : null;

  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted small">
            <Link href="/orders">My letters</Link> · {occasions[order.occasion]}
          </p>
          <h1>{title}</h1>
          <p className="lede">
            <StatusBadge status={order.status} /> {nextSteps[order.status]}
          </p>
        </div>
        {!["draft", "cancelled"].includes(order.status) && (
          <Link className="button quiet" href={`/orders/${order.id}/receipt`}>
            Receipt
          </Link>
        )}
        {order.status === "draft" && (
          <div className="row">
            <Link className="button primary" href={`/orders/${order.id}/pay`}>
              Pay now
            </Link>
            {events.includes("cancel") && (
              <OrderActionForm action={cancelOrder} orderId={order.id} label="Cancel order" variant="danger" confirm={cancelConfirmation(order)} />
            )}
          </div>
        )}
      </div>

      {(await searchParams).paid === "1" && order.status !== "draft" && (
        <p className="alert success" role="status">
          Thank you: your order is paid. We will tell you as soon as your letter is ready to read.
        </p>
      )}
      {order.status === "draft" && repeat?.preparedOrderId === order.id && (
        <p className="alert info">
          We prepared this brief from your last letter, as you asked, for {formatDay(order.deadline ?? repeat.nextDate)}. Look it over and pay when
          you are ready, or cancel it if this year is different.
        </p>
      )}

      <div className="split">
        <div className="stack">
          {view && sheet ? (
            <section aria-labelledby="letter-heading" className="stack">
              <h2 id="letter-heading">Your letter</h2>
              {view.withWriter && (
                <p className="alert info with-writer">
                  <strong>With your writer for changes.</strong> This is the letter you asked to change, with your notes marked in it. It stays
                  here until the revision replaces it.
                </p>
              )}
              {order.status === "with_client" ? (
                <LetterReader
                  action={commentOnPassage}
                  orderId={order.id}
                  versionId={view.letter.id}
                  body={view.letter.body}
                  view={sheet}
                />
              ) : (
                <RenderedLetter view={sheet} audience="client" />
              )}
              {marks.length > 0 && <MarkedText body={view.letter.body} marks={marks} />}
              {order.status === "with_client" && view.previous && (
                <details className="card what-changed" open>
                  <summary>What changed since you asked for changes</summary>
                  <VersionDiff diff={diffVersions(view.previous.body, view.letter.body)} from={view.previous.number} to={view.letter.number} />
                </details>
              )}
              {isDone && (
                <p>
                  <a className="button" href={`/api/orders/${order.id}/letter.pdf`}>
                    Download PDF
                  </a>
                </p>
              )}
            </section>
          ) : (
            <section className="card letter-placeholder">
              <h2>Your letter</h2>
              <p className="muted">{nextSteps[order.status]}</p>
            </section>
          )}

          {order.status === "with_client" && (
            <section className="card stack" aria-labelledby="decide-heading">
              <h2 id="decide-heading">Happy with it?</h2>
              {events.includes("approve") && (
                <OrderActionForm action={approveLetter} orderId={order.id} label="Approve letter" variant="primary" confirm={approveConfirmation(order, expectation)} />
              )}
              <p className="small muted">
                Revision rounds left: {roundsLeft} of {order.revisionRoundsIncluded}
              </p>
              {events.includes("request_revision") ? (
                <RequestChangesForm action={requestLetterChanges} orderId={order.id} />
              ) : (
                <p className="alert info">You have used all the included rounds of changes. If something still needs changing, you can buy another round below.</p>
              )}
            </section>
          )}

          {events.includes("undo_approval") && (
            <section className="card stack" aria-labelledby="undo-heading">
              <h2 id="undo-heading">Changed your mind?</h2>
              <p>Until we start writing it out, you can take back your approval and read the letter again.</p>
              <OrderActionForm action={undoApproval} orderId={order.id} label="Undo approval" variant="quiet" />
            </section>
          )}

          <ExtraRoundOffer order={order} />
          {myComments.length > 0 && (
            <section aria-labelledby="notes-heading">
              <h2 id="notes-heading">Your notes</h2>
              <ul className="plain-list stack">
                {myComments.map((c) => (
                  <li key={c.id} id={`note-${c.id}`} className="card comment">
                    <p className="muted small">
                      {markOf.has(c.id) && <span className="note-number">{markOf.get(c.id)}</span>}
                      {c.kind === "revision_request" ? "Changes requested" : "Comment"} · <LocalTime value={c.createdAt} />
                    </p>
                    {c.quote && <blockquote className="passage-quote">“{c.quote}”</blockquote>}
                    <p className="comment-body">{c.body}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {recipient && (
            <RepeatLetterCard
              orderId={order.id}
              firstName={firstName(recipient.name)}
              repeat={repeat ?? null}
              suggestedDate={defaultRepeatDate(order, recipient)}
              repeatAction={repeatLetter}
              stopAction={stopRepeatLetter}
            />
          )}

          {isDone && (
            <section className="card" aria-labelledby="publish-heading">
              <h2 id="publish-heading">Publication</h2>
              <ConsentForm action={savePublicationConsent} orderId={order.id} consented={consented} />
            </section>
          )}
        </div>

        <aside className="stack">
          {expectation && <ExpectedDates expectation={expectation} />}
          <BriefSummary order={order} />
          <OrderTimeline entries={timeline} />
        </aside>
      </div>
    </>
  );
}
