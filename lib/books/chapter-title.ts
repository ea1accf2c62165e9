import type { Occasion } from "@/lib/orders/catalogue";
import { givenNames } from "./person-names";

const occasionLine: Record<Occasion, string> = {
  anniversary: "on an anniversary",
  birthday: "on a birthday",
  love: "with love",
  thanks: "with thanks",
  condolence: "in sorrow",
  apology: "with an apology",
  congratulations: "with congratulations",
  other: "a letter",
};

/** "For Ana María, on a birthday": every given name, never the surname, which a title must not give away. */
export function chapterTitle(recipientName: string | null, occasion: Occasion): string {
  const given = recipientName ? givenNames(recipientName) : "";
  return given ? `For ${given}, ${occasionLine[occasion]}` : `A letter ${occasionLine[occasion]}`;
}
