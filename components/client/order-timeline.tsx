import type { TimelineEntry } from "@/lib/timeline/get-order-timeline";
import { formatMoment } from "./format-date";

/** Every step of an order so far, oldest first. */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.label}</strong>
            {entry.by && <span className="muted"> · {entry.by}</span>}
            <time dateTime={entry.at.toISOString()}>{formatMoment(entry.at)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}
