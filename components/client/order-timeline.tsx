import type { TimelineEntry } from "@/lib/timeline/get-order-timeline";
import { LocalTime } from "@/components/local-time";

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
            <LocalTime value={entry.at} />
          </li>
        ))}
      </ol>
    </section>
  );
}
