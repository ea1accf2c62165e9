import { orders, type Order } from "@/lib/db/schema";
import type { LetterInput } from "./layout-letter";

export type LetterLook = Pick<Order, "id" | "handwritingStyle" | "inkColour" | "stationery" | "englishVariety" | "paper" | "dateLine">;

/** The columns of an order that make its letter's look, for a select. */
export const letterLookColumns = {
  id: orders.id,
  handwritingStyle: orders.handwritingStyle,
  inkColour: orders.inkColour,
  stationery: orders.stationery,
  englishVariety: orders.englishVariety,
  paper: orders.paper,
  dateLine: orders.dateLine,
};

/** A date as a letter in this variety of English heads it: "November 27, 2026" or "27 November 2026". */
export function letterDate(date: Date, variety: string): string {
  return new Intl.DateTimeFormat(variety, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/**
 * What the engine needs to draw an order's letter: the text and look, seeded by the order so it never
 * changes, and dated (when asked) on the day the version was written.
 */
export function letterInput(order: LetterLook, version: { body: string; createdAt: Date }): LetterInput {
  return {
    body: version.body,
    style: order.handwritingStyle,
    ink: order.inkColour,
    stationery: order.stationery,
    variety: order.englishVariety,
    seed: order.id,
    paper: order.paper,
    date: order.dateLine ? letterDate(version.createdAt, order.englishVariety) : null,
  };
}
