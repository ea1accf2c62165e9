/** A moment's calendar day in UTC, as YYYY-MM-DD (the form dates are stored in). */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
