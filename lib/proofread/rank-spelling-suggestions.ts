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
      if (cost < Infinity && known !== typed) add(known, cost);
    }
  }
  for (const known of brief) {
    const cost = editCost(typed, known, MAX_COST);
    if (cost < Infinity && known !== typed) add(known, cost);
  }
  for (const split of splits(typed)) add(split.text, SPLIT_COST, split.frequency);
  for (const suggestion of suggestions) {
    const text = suggestion.toLowerCase();
    const cost = editCost(typed, text, MAX_COST + 1);
    const candidate = add(text, cost < Infinity ? cost : MAX_COST + 1);
    candidate.checker = true;
    candidate.checkerText = suggestion;
  }
  return [...found.values()].sort((a, b) => score(b) - score(a)).slice(0, SHORTLIST);
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
  const unique = [...new Set(words)];
  if (unique.length === 0) return new Set();
  const linter = await getHarperLinter(variety);
  const lints = await linter.lint(unique.join("\n"), { language: "plaintext" });
  const wrong = new Set<string>();
  for (const lint of lints) {
    if (lint.lint_kind() === "Spelling") wrong.add(lint.get_problem_text().toLowerCase());
    lint.free();
  }
  return wrong;
}

function matchCase(text: string, typed: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return text.toUpperCase();
  if (typed[0] === typed[0].toUpperCase()) return text[0].toUpperCase() + text.slice(1);
  return text;
}
