import { denies, significantWords, type Clause } from "./significant-words";

/** Share of a phrase's significant words that must appear for the letter to count as mentioning it. */
export const MENTION_SHARE = 0.6;

/**
 * Whether the letter mentions a phrase from the brief: most of its significant words appear in it.
 * Returns the words that are missing so the writer can see why not, and a clause that denies it
 * ("we never swam in the lake") when the phrase itself does not.
 */
export function mentions(letter: readonly Clause[], phrase: string, extraStopWords?: ReadonlySet<string>) {
  const words = significantWords(phrase, extraStopWords);
  const all = new Set(letter.flatMap((s) => [...s.stems]));
  const missing = words.filter((w) => !all.has(w.stem)).map((w) => w.word);
  const found = words.length > 0 && (words.length - missing.length) / words.length >= MENTION_SHARE;
  // A clause that says at least two of its words (or its only one) and denies it.
  const enough = Math.min(2, words.length);
  const denial = found && !denies(phrase) ? letter.find((c) => c.negative && words.filter((w) => c.stems.has(w.stem)).length >= enough) : undefined;
  return { found, missing, present: words.filter((w) => all.has(w.stem)).map((w) => w.word), negatedIn: denial?.text };
}
