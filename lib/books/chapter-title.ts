import type { Occasion } from "@/lib/orders/catalogue";

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

/** "For Margaret, on a birthday": the first name only, so a chapter title never gives a surname away. */
export function chapterTitle(recipientName: string | null, occasion: Occasion): string {
  const first = recipientName?.trim().split(/\s+/)[0];
  return first ? `For ${first}, ${occasionLine[occasion]}` : `A letter ${occasionLine[occasion]}`;
}
