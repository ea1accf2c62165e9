const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A deadline (a calendar day, kept in UTC like every date in the app) as a writer reads it:
 * "3 days left", "1 day left", "due today", "2 days overdue". A letter is due by the end of its day.
 */
export function timeLeft(deadline: string | null, now: Date = new Date()): { text: string; overdue: boolean } | null {
  if (!deadline) return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Math.round((Date.parse(`${deadline}T00:00:00Z`) - today) / DAY_MS);
  const plural = (n: number) => `${n} day${n === 1 ? "" : "s"}`;
  if (days > 0) return { text: `${plural(days)} left`, overdue: false };
  if (days === 0) return { text: "due today", overdue: false };
  return { text: `${plural(-days)} overdue`, overdue: true };
}
