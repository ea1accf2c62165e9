import { formatDay } from "@/components/client/format-date";
import type { DeskOrder } from "@/lib/desk/get-desk-order";
import { deliveries, englishVarieties, lengths, occasions } from "@/lib/orders/catalogue";
import { Deadline } from "./deadline";

/** The client's brief as the writer works from it: everything they asked for, in their order. */
export function BriefPanel({ order, headingLevel = 2 }: { order: DeskOrder; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const length = lengths[order.length];
  const rows: [string, React.ReactNode][] = [
    ["For", order.recipientName ?? "Someone special"],
    ["Occasion", occasions[order.occasion]],
    ["Relationship", order.relationship],
    ["Tone", [order.tone, order.toneNote].filter(Boolean).join(": ")],
    ["Length", `${length.label}, ${length.minWords}–${length.maxWords} words`],
  ];
  const afterMemories: [string, React.ReactNode][] = [
    ["Must include", order.mustInclude],
    ["Must avoid", order.mustAvoid],
    ["Sign-off", order.signOff],
    ["English", englishVarieties[order.englishVariety]],
    ["Deadline", order.deadline ? <Deadline deadline={order.deadline} /> : "None"],
    ["Delivery", deliveries[order.delivery]],
    ["Ordered", formatDay(order.createdAt)],
  ];
  const show = ([term, value]: [string, React.ReactNode]) =>
    value ? (
      <div key={term}>
        <dt>{term}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;
  return (
    <section className="card brief-panel" aria-labelledby="brief-heading">
      <Heading id="brief-heading">The brief</Heading>
      <dl className="brief-list">
        {rows.map(show)}
        <div>
          <dt>Memories</dt>
          <dd>
            {order.memories.length === 0 ? (
              <span className="muted">None given</span>
            ) : (
              <ol className="memories-list">
                {order.memories.map((memory, i) => (
                  <li key={i}>{memory}</li>
                ))}
              </ol>
            )}
          </dd>
        </div>
        {afterMemories.map(show)}
      </dl>
    </section>
  );
}
