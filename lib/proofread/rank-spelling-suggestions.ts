import type { EnglishVariety } from "@/lib/orders/catalogue";
import { editCost } from "./edit-cost";
import { getHarperLinter } from "./get-harper-linter";
import { letterMasks, wordFrequency, wordsOfLength } from "./word-frequency";

/** A word the checker flagged, with the checker's own (alphabetically tied, at most three) fixes. */
export type Misspelling = { word: string; suggestions: readonly string[] };

// Weights of the ranking, tuned on tests/fixtures/misspellings.tsv and short-misspellings.tsv and
// measured on a list it never saw (bench/suites/proofreading.ts).
const FREQUENCY_WEIGHT = 1;
const COST_WEIGHT = 5;
const CHECKER_BONUS = 1;
const BRIEF_BONUS = 3;
const MAX_COST = 2;
/** A missing space is one slip, but a run-together pair is rarer than a misspelt word. */
const SPLIT_COST = 1.5;
/** log10 of a word's spoken count above which it is common enough to be half of a run-together pair. */
const COMMON = 2;
/** How many of the best candidates are checked against the dialect's dictionary. */
const SHORTLIST = 8;

/** `text` is lower case; `checkerText` is the checker's own spelling of it ("Caribbean"). */
type Candidate = { text: string; cost: number; frequency: number; checker: boolean; checkerText?: string; brief: boolean };

/**
 * The fixes for each misspelling, most likely first: the checker's candidates and every known word
 * within two slips, scored by how common the word is, how small the slip, and whether the brief
 * uses it. Only spellings of the letter's variety survive (the checker itself decides), so a
 * British letter is never offered "color".
 */
export async function rankSpellingSuggestions(
  misspellings: readonly Misspelling[],
  { variety, briefWords = [], limit = 5 }: { variety: EnglishVariety; briefWords?: Iterable<string>; limit?: number },
): Promise<string[][]> {
  if (misspellings.length === 0) return [];
  const brief = new Set([...briefWords].map((w) => w.toLowerCase()));
  const shortlists = misspellings.map((m) => shortlist(m, brief));
  const rejected = await wrongInVariety(
    shortlists.flatMap((list) => list.filter((c) => !c.checker && !c.brief).flatMap((c) => c.text.split(" "))),
    variety,
  );
  return shortlists.map((list, i) =>
    list
      .filter((c) => !c.text.split(" ").some((part) => rejected.has(part)))
      .slice(0, limit)
      .map((c) => matchCase(c.checkerText ?? c.text, misspellings[i].word)),
  );
}

function shortlist({ word, suggestions }: Misspelling, brief: ReadonlySet<string>): Candidate[] {
  const typed = word.toLowerCase();
  const found = new Map<string, Candidate>();
  const add = (text: string, cost: number, frequency = wordFrequency(text)) => {
    const known = found.get(text);
    if (known && known.cost <= cost) return known;
    const candidate: Candidate = { text, cost, frequency, checker: known?.checker ?? false, checkerText: known?.checkerText, brief: brief.has(text) };
    found.set(text, candidate);
    return candidate;
  };
  for (const near of nearWords(typed)) add(near.text, near.cost, near.frequency);
  for (const known of brief) {
    const cost = editCost(typed, known, MAX_COST);
    if (cost < Infinity && known !== typed) add(known, cost);
  }
  for (const suggestion of suggestions) {
    const text = suggestion.toLowerCase();
    const cost = editCost(typed, text, MAX_COST + 1);
    const candidate = add(text, cost < Infinity ? cost : MAX_COST + 1, phraseFrequency(text));
    candidate.checker = true;
    candidate.checkerText = suggestion;
  }
  return [...found.values()].sort((a, b) => score(b) - score(a)).slice(0, SHORTLIST);
}

/** A fix of two words ("a lot") is as common as its rarer word. */
function phraseFrequency(text: string): number {
  return Math.min(...text.split(" ").map(wordFrequency));
}

type Near = { text: string; cost: number; frequency: number };
// The scan of the word list is the costly part and its answer never changes, while the desk checks
// the same letter again and again as the writer works: the latest answers are kept, least recently
// used dropped first.
const nearCache = new Map<string, Near[]>();
const NEAR_CACHE_SIZE = 2000;

/** Every known word within two slips of `typed`, and the common pairs it runs together. */
function nearWords(typed: string): Near[] {
  const cached = nearCache.get(typed);
  if (cached) {
    nearCache.delete(typed);
    nearCache.set(typed, cached);
    return cached;
  }
  const near: Near[] = [];
  const mask = letterMasks(typed);
  for (let length = typed.length - MAX_COST; length <= typed.length + MAX_COST; length++) {
    const bucket = wordsOfLength(length);
    if (!bucket) continue;
    for (let i = 0; i < bucket.words.length; i++) {
      // Each consonant only one side has costs a whole edit, each such vowel at least 0.6: most
      // words are ruled out here, before the edit cost is worked out.
      const least = Math.max(
        bitCount(mask.consonants & ~bucket.consonants[i]) + 0.6 * bitCount(mask.vowels & ~bucket.vowels[i]),
        bitCount(bucket.consonants[i] & ~mask.consonants) + 0.6 * bitCount(bucket.vowels[i] & ~mask.vowels),
      );
      if (least > MAX_COST) continue;
      const known = bucket.words[i];
      const cost = editCost(typed, known, MAX_COST);
      if (cost < Infinity && known !== typed) near.push({ text: known, cost, frequency: wordFrequency(known) });
    }
  }
  for (const split of splits(typed)) near.push({ text: split.text, cost: SPLIT_COST, frequency: split.frequency });
  if (nearCache.size >= NEAR_CACHE_SIZE) nearCache.delete(nearCache.keys().next().value!);
  nearCache.set(typed, near);
  return near;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
}

function score(c: Candidate): number {
  return FREQUENCY_WEIGHT * c.frequency - COST_WEIGHT * c.cost + (c.checker ? CHECKER_BONUS : 0) + (c.brief ? BRIEF_BONUS : 0);
}

/** Two words run together ("alot", "aboutthe"), when both halves are common (not "japan es"). */
function splits(typed: string): { text: string; frequency: number }[] {
  const out: { text: string; frequency: number }[] = [];
  for (let i = 1; i < typed.length; i++) {
    const left = typed.slice(0, i);
    const right = typed.slice(i);
    if ((left.length === 1 && left !== "a" && left !== "i") || right.length === 1) continue;
    const frequency = Math.min(wordFrequency(left), wordFrequency(right));
    if (frequency >= COMMON) out.push({ text: `${left} ${right}`, frequency });
  }
  return out;
}

/** Candidate words the checker flags in this variety (American spellings in a British letter). */
async function wrongInVariety(words: string[], variety: EnglishVariety): Promise<Set<string>> {
  const verdicts = (varietyVerdicts[variety] ??= new Map());
  const unknown = [...new Set(words)].filter((w) => !verdicts.has(w));
  if (unknown.length) {
    const linter = await getHarperLinter(variety);
    // As a list after a heading, rule by rule: a word opening the text was seen taken for a
    // sentence's first word and left unchecked for spelling ("color" in a British letter).
    const byRule = await linter.organizedLints(`Words: ${unknown.join(", ")}`, { language: "plaintext" });
    const wrong = new Set<string>();
    for (const [rule, lints] of Object.entries(byRule)) {
      for (const lint of lints) {
        if (rule === "SpellCheck") wrong.add(lint.get_problem_text().toLowerCase());
        lint.free();
      }
    }
    if (verdicts.size + unknown.length > VERDICTS_SIZE) verdicts.clear();
    for (const word of unknown) verdicts.set(word, wrong.has(word));
  }
  return new Set(words.filter((w) => verdicts.get(w)));
}

/** Whether the dialect's dictionary flags a word, per variety: a fixed answer, asked once. */
const varietyVerdicts: Partial<Record<EnglishVariety, Map<string, boolean>>> = {};
const VERDICTS_SIZE = 20_000;

function matchCase(text: string, typed: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return text.toUpperCase();
  if (typed[0] === typed[0].toUpperCase()) return text[0].toUpperCase() + text.slice(1);
  return text;
}
