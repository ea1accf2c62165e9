/**
 * A calendar date (YYYY-MM-DD) some years later. 29 February becomes 28 February in a year
 * without it, so a leap-day birthday is still written for in February.
 */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return new Date(Date.UTC(y + years, m - 1, Math.min(d, lastDay))).toISOString().slice(0, 10);
}
