// Calendar dates (birthdays, deadlines) are days, not instants: kept in UTC. Moments are shown in the
// viewer's own time zone by <LocalTime>.
const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function formatDay(value: Date | string): string {
  return day.format(typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value);
}
