import nlp from "compromise";

/** A number a text gives for someone's age or for years together ("your 60th", "forty years ago"). */
export type StatedCount = { kind: "age" | "years"; value: number; text: string };

const AGE = /\b(birthday|turns?|turning|years? old|aged?)\b/i;
const YEARS = /\b(anniversary|married|wedding|years? (ago|together|since|of marriage))\b/i;

/** Ages and spans of years stated in a text, read sentence by sentence (digits, words or ordinals). */
export function statedCounts(text: string): StatedCount[] {
  const counts: StatedCount[] = [];
  for (const sentence of nlp(text).sentences().out("array") as string[]) {
    const kind = AGE.test(sentence) ? "age" : YEARS.test(sentence) ? "years" : null;
    if (!kind) continue;
    for (const n of nlp(sentence).numbers().json() as { text: string; number: { num: number } }[]) {
      // Calendar years and day-of-month dates are not ages.
      if (n.number.num >= 1 && n.number.num <= 120) counts.push({ kind, value: n.number.num, text: n.text.replace(/[^\p{L}\p{N}-]+$/u, "") });
    }
  }
  return counts;
}

/** The age someone turns on their next birthday on or after `on` (both YYYY-MM-DD). */
export function ageTurning(birthday: string, on: string): number {
  const [by, bm, bd] = birthday.split("-").map(Number);
  const [y, m, d] = on.split("-").map(Number);
  const passed = m > bm || (m === bm && d > bd);
  return y - by + (passed ? 1 : 0);
}
