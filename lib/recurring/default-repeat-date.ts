import type { Order, Recipient } from "@/lib/db/schema";
import { addYears } from "./add-years";
import { todayIso } from "./today-iso";

/**
 * When next year's letter is for: the recipient's next birthday for a birthday letter, otherwise
 * a year after this letter's deadline (or the day it was ordered). Always after `today`.
 */
export function defaultRepeatDate(
  order: Pick<Order, "occasion" | "deadline" | "createdAt">,
  recipient: Pick<Recipient, "birthday"> | null,
  today = todayIso(),
): string {
  const birthday = order.occasion === "birthday" ? recipient?.birthday : null;
  const base = birthday ?? order.deadline ?? todayIso(order.createdAt);
  return nextOccurrence(base, today, birthday ? 0 : 1);
}

/** The first anniversary of `base` (at least `minYears` on) that falls after `today`. */
function nextOccurrence(base: string, today: string, minYears: number): string {
  // Counted from the base each time, so a 29 February birthday comes back on leap years.
  let years = Math.max(minYears, Number(today.slice(0, 4)) - Number(base.slice(0, 4)) - 1);
  while (addYears(base, years) <= today) years++;
  return addYears(base, years);
}
