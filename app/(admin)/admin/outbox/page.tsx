import type { Metadata } from "next";
import { LocalTime } from "@/components/local-time";
import { Pager } from "@/components/pager";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { serviceModes } from "@/lib/env";
import type { SearchParams } from "@/lib/lists/list-params";
import { listOutbox, outboxFilterSchema } from "@/lib/mail/list-outbox";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor(["admin"]);
  const filter = outboxFilterSchema.parse(await searchParams);
  const mails = await listOutbox(await getDb(), actor, filter);
  const smtp = serviceModes().mail === "smtp";
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Outbox</h1>
          <p className="lede">
            {smtp
              ? "Every email the app has sent through SMTP, newest first."
              : "SMTP is not configured, so emails are kept here instead of being sent. Nothing has left this server."}
          </p>
        </div>
      </div>
      {mails.rows.length === 0 ? (
        <p className="card empty">No emails yet.</p>
      ) : (
        <ul className="outbox-list">
          {mails.rows.map((m) => (
            <li key={m.id} className="card outbox-item">
              <details>
                <summary>
                  <strong>{m.subject}</strong>
                  <span className="muted small">
                    To {m.toAddress} · <LocalTime value={m.createdAt} /> ·{" "}
                    {m.transport === "smtp" ? "SMTP" : <span className="offline-tag">Outbox only</span>}
                    {m.error && <span className="field-error"> · {m.error}</span>}
                  </span>
                </summary>
                <pre className="outbox-body">{m.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      <Pager page={mails} total={mails.total} noun={["email", "emails"]} pathname="/admin/outbox" params={filter} />
    </>
  );
}
