/** Sentences longer than this many words get a gentle "consider splitting it". */
export const LONG_SENTENCE_WORDS = 40;

/** Sentences over the limit, as UTF-16 ranges of the text. */
export function findLongSentences(text: string, limit = LONG_SENTENCE_WORDS) {
  const long: { start: number; end: number; words: number }[] = [];
  // A sentence ends at . ! ? … (with any closing quotes) or at the end of a line.
  for (const match of text.matchAll(/[^.!?…\n]+(?:[.!?…]+["'”’)]*)?/g)) {
    const sentence = match[0];
    const words = sentence.match(/\S+/g)?.length ?? 0;
    if (words <= limit) continue;
    const lead = sentence.length - sentence.trimStart().length;
    long.push({ start: match.index + lead, end: match.index + sentence.trimEnd().length, words });
  }
  return long;
}
