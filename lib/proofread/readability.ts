/** A sentence of the text and its Flesch–Kincaid grade; start and end are UTF-16 indices. */
type Sentence = { start: number; end: number; words: number; syllables: number };

/** Above this grade a personal letter starts to read like a report (most read at grades 6 to 9). */
const HARD_GRADE = 11;
/** Shorter letters are too small a sample for a grade. */
const MIN_WORDS = 100;

/**
 * The letter's Flesch–Kincaid grade, and the sentence that reads hardest, when the letter as a
 * whole reads above `HARD_GRADE`; null otherwise.
 */
export function hardToRead(text: string): { grade: number; hardest: { start: number; end: number } } | null {
  const sentences = sentencesOf(text);
  const words = sentences.reduce((n, s) => n + s.words, 0);
  if (words < MIN_WORDS) return null;
  const syllables = sentences.reduce((n, s) => n + s.syllables, 0);
  const grade = fleschKincaid(words, sentences.length, syllables);
  if (grade <= HARD_GRADE) return null;
  const hardest = sentences.filter((s) => s.words >= 8).sort((a, b) => fleschKincaid(b.words, 1, b.syllables) - fleschKincaid(a.words, 1, a.syllables))[0] ?? sentences[0];
  return { grade, hardest: { start: hardest.start, end: hardest.end } };
}

function fleschKincaid(words: number, sentences: number, syllables: number): number {
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of text.matchAll(/[^.!?\n]+(?:[.!?]+["”’)]*|\n|$)/g)) {
    const words = match[0].match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    if (words.length === 0) continue;
    const lead = match[0].length - match[0].trimStart().length;
    sentences.push({
      start: match.index + lead,
      end: match.index + match[0].trimEnd().length,
      words: words.length,
      syllables: words.reduce((n, w) => n + syllableCount(w), 0),
    });
  }
  return sentences;
}

/** Syllables by vowel groups, with a silent final "e" and "-ed" dropped ("made", "walked"). */
export function syllableCount(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^tdaeiouy]ed|[^laeiouy]e)$/, (ending) => ending[0]).replace(/^y/, "");
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}
