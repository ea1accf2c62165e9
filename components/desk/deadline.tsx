import { formatDay } from "@/components/client/format-date";
import { timeLeft } from "@/lib/desk/time-left";

/** A deadline with the time left beside it; overdue is marked in words, not only in colour. */
export function Deadline({ deadline }: { deadline: string | null }) {
  const left = timeLeft(deadline);
  if (!deadline || !left) return <span className="muted">No deadline</span>;
  return (
    <span className="deadline">
      <time dateTime={deadline}>{formatDay(deadline)}</time>{" "}
      <span className={left.overdue ? "time-left overdue" : "time-left"}>({left.text})</span>
    </span>
  );
}
