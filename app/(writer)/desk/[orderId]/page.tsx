import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/components/client/or-not-found";
import { BriefPanel } from "@/components/desk/brief-panel";
import { LetterCheckProvider } from "@/components/desk/letter-check-context";
import { LetterDraftProvider } from "@/components/desk/letter-draft-context";
import { LetterEditor } from "@/components/desk/letter-editor";
import { LetterNotes } from "@/components/desk/letter-notes";
import { RecipientHistory } from "@/components/desk/recipient-history";
import { ReviewChecklistCard } from "@/components/desk/review-checklist-card";
import { VersionHistory } from "@/components/desk/version-history";
import { WorkspaceAssistance } from "@/components/desk/workspace-assistance";
import { toVersionItems } from "@/components/desk/version-items";
import { RenderedLetter } from "@/components/rendered-letter";
import { letterView } from "@/lib/handwriting/letter-view";
import { StatusBadge } from "@/components/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { listComments } from "@/lib/comments/list-comments";
import { getDb } from "@/lib/db/client";
import { getDeskOrder } from "@/lib/desk/get-desk-order";
import { listRecipientHistory } from "@/lib/desk/list-recipient-history";
import { anchorPassages } from "@/lib/letters/anchor-passages";
import { listVersions } from "@/lib/letters/list-versions";
import { reviewChecklist } from "@/lib/letters/review-checklist";
import { canWriteVersion } from "@/lib/letters/save-version";
import { occasions } from "@/lib/orders/catalogue";
import { availableEvents } from "@/lib/orders/state-machine";
import { compareLetter, restoreLetter, saveLetter, submitLetter } from "./actions";

export const metadata: Metadata = { title: "Letter workspace" };

export default async function WorkspacePage({ params }: { params: Promise<{ orderId: string }> }) {
  const actor = await requirePageActor(["writer", "editor", "admin"]);
  const db = await getDb();
  const order = await orNotFound(getDeskOrder(db, actor, (await params).orderId));
  const [versions, history, notes] = await Promise.all([
    listVersions(db, actor, order.id),
    listRecipientHistory(db, actor, order.id),
    listComments(db, actor, order.id),
  ]);
  const latest = versions.at(-1);
  // The workspace is the writer's; staff read it here and edit during review.
  const canEdit = actor.role === "writer" && canWriteVersion(actor.role, order.status);
  const canSubmit = canEdit && availableEvents(order, actor).includes("submit_for_review");
  // The same checklist the server applies on submit, on the last saved version.
  const checklist = canSubmit && latest ? await reviewChecklist(db, actor, order.id, latest.body) : null;
  const recipientName = order.recipientName ?? "the recipient";
  // Notes that quote the letter are highlighted on their words in the editor and numbered in the list.
  const passages = latest ? anchorPassages(latest.body, notes) : [];
  const noted = passages.map((m) => ({
    ...m,
    flagged: latest!.body.slice(m.start, m.end),
    description: `Note ${m.number}: ${notes.find((n) => n.id === m.id)?.body ?? ""}`,
  }));
  const sheet = latest && <RenderedLetter view={letterView(actor, order, latest)} audience={actor.role === "writer" ? "writer" : "editor"} />;
  return (
    <LetterDraftProvider
      orderId={order.id}
      initialBody={latest?.body ?? ""}
      initialNumber={latest?.number ?? 0}
      canEdit={canEdit}
      actions={{ save: saveLetter, restore: restoreLetter, submit: submitLetter }}
    >
      <LetterCheckProvider passages={noted}>
        <div className="page-head">
          <div>
            <h1>
              {occasions[order.occasion]} letter to {recipientName}
            </h1>
            <p className="lede">
              <StatusBadge status={order.status} audience="staff" /> {order.writerName ? `Writer: ${order.writerName}` : "No writer yet"}
            </p>
          </div>
          <Link className="button quiet" href={actor.role === "writer" ? "/desk" : `/admin/review/${order.id}`}>
            {actor.role === "writer" ? "Back to my desk" : "Open the review"}
          </Link>
        </div>
        {order.status === "in_review" && actor.role === "writer" && (
          <p className="alert info" role="status">
            Submitted for review: the editor reads it next. You can write again if it comes back with notes.
          </p>
        )}
        <div className={canEdit ? "desk-workspace" : "desk-workspace no-assist"}>
          <div className="ws-brief stack">
            <BriefPanel order={order} />
            <RecipientHistory letters={history} recipientName={recipientName} />
          </div>
          <div className="ws-letter stack">
            {notes.length > 0 && <LetterNotes notes={notes} passages={passages} />}
            <section className="card" aria-labelledby="letter-heading">
              <h2 id="letter-heading">The letter</h2>
              {canEdit ? (
                <LetterEditor
                  length={order.length}
                  lang={order.englishVariety}
                  canSubmit={canSubmit}
                  checklistClean={checklist?.clean ?? true}
                />
              ) : latest ? (
                sheet
              ) : (
                <p className="muted">Nothing written yet.</p>
              )}
            </section>
            {canEdit && latest && (
              <section className="card" aria-labelledby="handwriting-heading">
                <h2 id="handwriting-heading">As it will print</h2>
                <p className="small muted">Version {latest.number} in the client&apos;s handwriting, ink and paper: the same pages as the PDF.</p>
                {sheet}
              </section>
            )}
            {checklist && latest && <ReviewChecklistCard version={latest.number} misspellings={checklist.misspellings} facts={checklist.facts} />}
            <VersionHistory orderId={order.id} versions={toVersionItems(versions)} compare={compareLetter} canRestore={canEdit} />
          </div>
          {canEdit && (
            <div className="ws-assist">
              <WorkspaceAssistance />
            </div>
          )}
        </div>
      </LetterCheckProvider>
    </LetterDraftProvider>
  );
}
