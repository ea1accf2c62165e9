// Dates as people read them. Calendar dates (birthdays, deadlines) are days, not instants: kept in UTC.
const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const moment = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatDay(value: Date | string): string {
  return day.format(typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value);
}

export function formatMoment(value: Date): string {
  return `${moment.format(value)} UTC`;
}
