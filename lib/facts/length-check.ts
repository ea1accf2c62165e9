import { letterStats } from "@/lib/letters/letter-stats";
import type { LetterLength } from "@/lib/orders/catalogue";
import type { FactCheck } from "./fact-kinds";

/** Whether the letter is within the ordered length; outside it, the writer and the editor must say why. */
export function lengthCheck(text: string, length: LetterLength): FactCheck {
  const { words, minWords, maxWords, fit } = letterStats(text, length);
  const label = `${words} words (ordered ${minWords}–${maxWords})`;
  if (fit === "within") return { kind: "length", label, ok: true, detail: "" };
  const detail =
    fit === "short"
      ? `About ${minWords - words} words short of the ordered length.`
      : `About ${words - maxWords} words over the ordered length.`;
  return { kind: "length", label, ok: false, detail };
}
