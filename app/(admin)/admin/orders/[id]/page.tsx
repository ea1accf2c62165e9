import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { Confirmation } from "@/components/confirm-button";
import { RenderedLetter } from "@/components/rendered-letter";
import { LocalTime } from "@/components/local-time";
import { letterView } from "@/lib/handwriting/letter-view";
import { StatusBadge } from "@/components/status-badge";
import { getAdminOrder } from "@/lib/admin/get-admin-order";
import { listWriters } from "@/lib/desk/list-writers";
import { REASSIGNABLE } from "@/lib/desk/reassign-writer";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { deliveries, englishVarieties, handwritingStyles, inks, lengths, occasions, stationeries } from "@/lib/orders/catalogue";
import { formatMoney } from "@/lib/orders/pricing";
import type { OrderEvent } from "@/lib/orders/state-machine";
import { getOrderTimeline } from "@/lib/timeline/get-order-timeline";
import { fulfilOrderAction } from "./actions";
import { AssignWriterForm, FulfilmentButtons } from "./fulfilment-forms";

export const metadata: Metadata = { title: "Order" };

const buttons: { event: OrderEvent; label: string; danger?: boolean; confirm?: Confirmation }[] = [
  { event: "mark_printed", label: "Mark printed" },
  { event: "mark_mailed", label: "Mark mailed" },
  { event: "mark_delivered", label: "Mark delivered" },
  {
    event: "cancel",
    label: "Cancel order",
    danger: true,
    confirm: {
      question: "Cancel this order?",
      consequence: "The letter will not be written and the writer stops work on it. Cancelling does not refund a payment: refund it from Payments. A cancelled order cannot be reopened.",
      confirmLabel: "Yes, cancel the order",
      keepLabel: "Keep the order",
    },
  },
];

const lookup = <T extends Record<string, unknown>>(table: T, key: string) => table[key as keyof T];

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor(["editor", "admin"]);
  const { id } = await params;
  const db = await getDb();
  const view = await getAdminOrder(db, actor, id).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { order, recipient, client, writerName, letter, events } = view;
  // A paid letter is assigned through the state machine; one already being written can be handed over.
  const canAssign = events.includes("assign") || (can(actor, "order.assign") && REASSIGNABLE.includes(order.status));
  const [timeline, writers] = await Promise.all([getOrderTimeline(db, actor, order.id), canAssign ? listWriters(db, actor) : []]);
  const steps = buttons.filter((b) => events.includes(b.event));
  const address = recipient
    ? [recipient.addressLine1, recipient.addressLine2, [recipient.city, recipient.region, recipient.postalCode].filter(Boolean).join(" "), recipient.country].filter(Boolean)
    : [];

  return (
    <>
      <div className="page-head">
        <div>
          <p className="small">
            <Link href="/admin/orders">← All orders</Link>
          </p>
          <h1>A letter for {recipient?.name ?? "someone"}</h1>
          <p className="lede">
            {occasions[order.occasion]} · ordered by {client.name} · <StatusBadge status={order.status} audience="staff" />
          </p>
        </div>
      </div>

      <div className="split">
        <div className="stack">
          <section aria-labelledby="letter-head">
            <h2 id="letter-head">The letter</h2>
            {letter ? (
              <>
                <RenderedLetter view={letterView(actor, order, letter)} audience="editor" />
                <p className="muted small">
                  Version {letter.number} ·{" "}
                  <a href={`/api/orders/${order.id}/letter.pdf`} download>
                    Download letter PDF
                  </a>
                </p>
              </>
            ) : (
              <p className="card empty">No draft yet.</p>
            )}
          </section>

          <section className="card" aria-labelledby="brief-head">
            <h2 id="brief-head">The brief</h2>
            <dl className="admin-facts">
              <dt>Relationship</dt>
              <dd>{order.relationship || "—"}</dd>
              <dt>Tone</dt>
              <dd>
                {order.tone}
                {order.toneNote && ` — ${order.toneNote}`}
              </dd>
              <dt>Length</dt>
              <dd>{lookup(lengths, order.length)?.label}</dd>
              <dt>Memories</dt>
              <dd>
                {order.memories.length ? (
                  <ul>
                    {order.memories.map((m, i) => (
                      <li key={i}>{m}</li>
                    ))}
                  </ul>
                ) : (
                  "—"
                )}
              </dd>
              <dt>Must include</dt>
              <dd>{order.mustInclude || "—"}</dd>
              <dt>Must avoid</dt>
              <dd>{order.mustAvoid || "—"}</dd>
              <dt>Signed</dt>
              <dd>{order.signOff}</dd>
              <dt>English</dt>
              <dd>{lookup(englishVarieties, order.englishVariety)}</dd>
              <dt>Deadline</dt>
              <dd>{order.deadline ?? "None"}</dd>
            </dl>
          </section>
        </div>

        <aside className="stack">
          <section className="card stack" aria-labelledby="next-head">
            <h2 id="next-head">Next step</h2>
            {canAssign && <AssignWriterForm action={fulfilOrderAction} orderId={order.id} writers={writers} />}
            {/* Always rendered, so the message of the last step stays after its button goes away. */}
            <FulfilmentButtons action={fulfilOrderAction} orderId={order.id} steps={steps} idle={!canAssign} />
          </section>

          <section className="card" aria-labelledby="details-head">
            <h2 id="details-head">Details</h2>
            <dl className="admin-facts">
              <dt>Client</dt>
              <dd>
                {client.name}
                <br />
                <span className="small muted">{client.email}</span>
              </dd>
              <dt>Writer</dt>
              <dd>{writerName ?? "Not yet"}</dd>
              <dt>Price</dt>
              <dd>{formatMoney(order.priceCents, order.currency)}</dd>
              <dt>Delivery</dt>
              <dd>{lookup(deliveries, order.delivery)}</dd>
              <dt>Look</dt>
              <dd>
                {lookup(handwritingStyles, order.handwritingStyle)?.label ?? order.handwritingStyle}, {lookup(inks, order.inkColour)?.label.toLowerCase() ?? order.inkColour} ink,{" "}
                {lookup(stationeries, order.stationery)?.label.toLowerCase() ?? order.stationery}
              </dd>
              <dt>Revisions</dt>
              <dd>
                {order.revisionRoundsUsed} of {order.revisionRoundsIncluded} used
              </dd>
              {address.length > 0 && (
                <>
                  <dt>Mail to</dt>
                  <dd>
                    <address>
                      {recipient?.name}
                      {address.map((line, i) => (
                        <span key={i}>
                          <br />
                          {line}
                        </span>
                      ))}
                    </address>
                  </dd>
                </>
              )}
            </dl>
          </section>

          <section className="card" aria-labelledby="timeline-head">
            <h2 id="timeline-head">Timeline</h2>
            <ol className="timeline">
              {timeline.map((entry) => (
                <li key={entry.id}>
                  {entry.label}
                  {entry.by && <span className="muted"> · {entry.by}</span>}
                  <LocalTime value={entry.at} />
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </>
  );
}
