// Pricing in one place: shown before paying and stored on the order when it is placed.
import { lengths, type Delivery, type LetterLength } from "./catalogue";

export const CURRENCY = "usd";
const basePrice: Record<LetterLength, number> = { note: 2900, letter: 5900, long_letter: 9900 };
const mailSurcharge = 800;
const rushSurcharge = 2500;
export const RUSH_DAYS = 5;
export const EXTRA_REVISION_PRICE = 1500;

export type PriceLine = { label: string; cents: number };
export type Quote = { lines: PriceLine[]; totalCents: number; currency: string };

/** A deadline closer than RUSH_DAYS days from `today` is a rush order. */
export function isRush(deadline: string | null | undefined, today = new Date()): boolean {
  if (!deadline) return false;
  const days = (Date.parse(`${deadline}T00:00:00Z`) - Date.parse(today.toISOString().slice(0, 10))) / 86_400_000;
  return days < RUSH_DAYS;
}

export function quote(input: { length: LetterLength; delivery: Delivery; deadline?: string | null }, today = new Date()): Quote {
  const lines: PriceLine[] = [{ label: `${lengths[input.length].label}, written for you`, cents: basePrice[input.length] }];
  if (input.delivery === "mail") lines.push({ label: "Printed on stationery and mailed", cents: mailSurcharge });
  if (isRush(input.deadline, today)) lines.push({ label: `Rush: ready within ${RUSH_DAYS} days`, cents: rushSurcharge });
  return { lines, totalCents: lines.reduce((sum, l) => sum + l.cents, 0), currency: CURRENCY };
}

/** The price list as shown before any brief: each length, and what posting and a rush add. */
export function priceList() {
  return {
    lengths: (Object.keys(lengths) as LetterLength[]).map((key) => ({ key, ...lengths[key], cents: basePrice[key] })),
    mailCents: mailSurcharge,
    rushCents: rushSurcharge,
    extraRevisionCents: EXTRA_REVISION_PRICE,
    currency: CURRENCY,
  };
}

export function formatMoney(cents: number, currency = CURRENCY): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);
}
