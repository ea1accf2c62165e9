import type { Order } from "@/lib/db/schema";
import {
  deliveries,
  englishVarieties,
  handwritingStyles,
  inks,
  lengths,
  stationeries,
  type HandwritingStyle,
  type Ink,
  type Stationery,
} from "@/lib/orders/catalogue";
import { formatMoney } from "@/lib/orders/pricing";
import { formatDay } from "./format-date";

/** The brief as the client gave it, for reading back beside the letter. */
export function BriefSummary({ order }: { order: Order & { recipientName: string | null } }) {
  return (
    <section className="card" aria-labelledby="brief-heading">
      <h2 id="brief-heading">Your brief</h2>
      <dl className="details">
        <dt>Recipient</dt>
        <dd>{order.recipientName ?? "—"}</dd>
        <dt>Relationship</dt>
        <dd>{order.relationship}</dd>
        <dt>Tone</dt>
        <dd>
          {order.tone}
          {order.toneNote && <span className="muted"> — {order.toneNote}</span>}
        </dd>
        <dt>Length</dt>
        <dd>
          {lengths[order.length].label} ({lengths[order.length].minWords}–{lengths[order.length].maxWords} words), {englishVarieties[order.englishVariety]}
        </dd>
        {order.memories.length > 0 && (
          <>
            <dt>Memories</dt>
            <dd>
              <ol className="memory-list">
                {order.memories.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ol>
            </dd>
          </>
        )}
        {order.mustInclude && (
          <>
            <dt>Must include</dt>
            <dd className="notes">{order.mustInclude}</dd>
          </>
        )}
        {order.mustAvoid && (
          <>
            <dt>Things to avoid</dt>
            <dd className="notes">{order.mustAvoid}</dd>
          </>
        )}
        <dt>Sign-off</dt>
        <dd>{order.signOff}</dd>
        <dt>Delivery</dt>
        <dd>
          {deliveries[order.delivery]}
          {order.deadline && `, by ${formatDay(order.deadline)}`}
        </dd>
        <dt>Look</dt>
        <dd>
          {handwritingStyles[order.handwritingStyle as HandwritingStyle]?.label ?? order.handwritingStyle}, {inks[order.inkColour as Ink]?.label.toLowerCase() ?? order.inkColour} ink,{" "}
          {stationeries[order.stationery as Stationery]?.label.toLowerCase() ?? order.stationery}
        </dd>
        <dt>Price</dt>
        <dd>{formatMoney(order.priceCents, order.currency)}</dd>
      </dl>
    </section>
  );
}
