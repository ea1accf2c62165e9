import type { Occasion } from "@/lib/orders/catalogue";

// One line per occasion, so the preview reads like the start of the real letter.
const openings: Record<Occasion, string> = {
  anniversary: "Another year of us, and I would choose every day of it again.",
  birthday: "Happy birthday! I hope this year is as kind to you as you have always been to me.",
  love: "I have tried to say this out loud many times, so I am writing it down instead.",
  thanks: "I have wanted to thank you properly for a long time, and a text message would not do.",
  condolence: "I was so sorry to hear the news, and I have been thinking of you every day since.",
  apology: "I have been turning this over for weeks, and I owe you a proper apology.",
  congratulations: "Congratulations! When I heard the news I could not stop smiling.",
  other: "I have been meaning to write to you for a while now.",
};

/** A few lines in the client's own words, shown in the chosen handwriting while they fill in the brief. */
export function sampleLetter(input: { recipientName?: string; occasion: Occasion; memory?: string; signOff: string }): string {
  const name = input.recipientName?.split(/\s+/)[0] || "you";
  const memory = input.memory?.trim();
  const middle = memory ? `\n\nI keep coming back to this: ${memory.length > 160 ? `${memory.slice(0, 157)}…` : memory}` : "";
  return `Dear ${name},\n\n${openings[input.occasion]}${middle}\n\n${input.signOff.trim() || "With love"}`;
}
