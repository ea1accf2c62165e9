import type { Order } from "@/lib/db/schema";
import type { LetterInput } from "./layout-letter";

export type LetterLook = Pick<Order, "id" | "handwritingStyle" | "inkColour" | "stationery" | "englishVariety">;

/** What the engine needs to draw an order's letter: its text and look, seeded by the order so it never changes. */
export function letterInput(order: LetterLook, body: string): LetterInput {
  return {
    body,
    style: order.handwritingStyle,
    ink: order.inkColour,
    stationery: order.stationery,
    variety: order.englishVariety,
    seed: order.id,
  };
}
