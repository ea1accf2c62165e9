import { significantWords } from "./significant-words";

/** Share of a phrase's significant words that must appear for the letter to count as mentioning it. */
export const MENTION_SHARE = 0.6;

/**
 * Whether the letter mentions a phrase from the brief: most of its significant words appear in it.
 * Returns the words that are missing so the writer can see why not.
 */
export function mentions(letterStems: ReadonlySet<string>, phrase: string, extraStopWords?: ReadonlySet<string>) {
  const words = significantWords(phrase, extraStopWords);
  const missing = words.filter((w) => !letterStems.has(w));
  const found = words.length - missing.length;
  return { found: words.length > 0 && found / words.length >= MENTION_SHARE, missing, words };
}
