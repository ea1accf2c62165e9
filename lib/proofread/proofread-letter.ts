import { createHash } from "node:crypto";
import { SuggestionKind as HarperSuggestionKind, type Lint } from "harper.js";
import { englishVarieties, type EnglishVariety } from "@/lib/orders/catalogue";
import { isFalseAlarm } from "./false-alarms";
import { findLongSentences } from "./find-long-sentences";
import { letterNotes } from "./letter-notes";
import { otherVariety } from "./other-variety";
import { getHarperLinter } from "./get-harper-linter";
import { editCost } from "./edit-cost";
import { rankSpellingSuggestions } from "./rank-spelling-suggestions";
import { findWordSlips } from "./word-slips";
import type { ProofreadSuggestion, SuggestionKind } from "./suggestion";
import { wordFrequency } from "./word-frequency";

const MAX_REPLACEMENTS = 5;

// Doubled words that are good English ("she had had enough", "the idea that that was").
const FINE_REPETITIONS = /^(had had|that that)$/i;

/** `id` keys a suggestion that is not about its own text (the variety question). */
type Found = Omit<ProofreadSuggestion, "key"> & { rule: string; id?: string };

// Harper's lint kinds folded into the four the writer sees; anything unlisted is grammar.
const kinds: Record<string, SuggestionKind> = {
  Spelling: "spelling",
  Typo: "spelling",
  Repetition: "repetition",
  Redundancy: "repetition",
  Style: "style",
  Readability: "style",
  Enhancement: "style",
  WordChoice: "style",
  Formatting: "style",
  Regionalism: "style",
};

// Below this (log10 of ~30 uses in 50 million spoken words) a word is a slip seen in subtitles
// ("untill", "wich"), however a grammar rule caught it.
const RARE = 1.5;

/**
 * Proofreads a letter offline with harper.js in the order's variety of English. Words in
 * `extraWords` (names and places from the brief, the writer's dictionary) are never flagged as misspelt;
 * misspellings get fixes ranked by `rankSpellingSuggestions`, which favours `briefWords`. With the
 * brief's `tone` and `recipientName`, letter-level notes check the tone and the form of address.
 * Pure (text and context in, suggestions out), so it can run in a worker thread.
 */
export async function proofreadLetter(
  text: string,
  {
    variety,
    extraWords = [],
    briefWords = [],
    tone,
    recipientName,
  }: { variety: EnglishVariety; extraWords?: Iterable<string>; briefWords?: Iterable<string>; tone?: string; recipientName?: string },
): Promise<ProofreadSuggestion[]> {
  const linter = await getHarperLinter(variety);
  const byRule = await linter.organizedLints(text, { language: "plaintext" });
  const allowed = new Set([...extraWords].map(normaliseWord));
  const utf16 = utf16Offsets(text);
  const found: Found[] = [];
  const checkerWords = new Set<string>();
  for (const [rule, lints] of Object.entries(byRule)) {
    for (const lint of lints) {
      const suggestion = toSuggestion(lint, rule, utf16, text);
      lint.free();
      const flagged = text.slice(suggestion.start, suggestion.end);
      if (rule === "SpellCheck") checkerWords.add(flagged.toLowerCase());
      if (suggestion.kind === "repetition" && FINE_REPETITIONS.test(flagged)) continue;
      // A name vouches only for its own spelling: "Their" or "a" beside it is still checked.
      if (suggestion.kind === "spelling" && onlyAllowedWords(flagged, allowed)) continue;
      if (isFalseAlarm(rule, text, suggestion.start, suggestion.end)) continue;
      found.push(suggestion);
    }
  }
  for (const slip of findWordSlips(text, allowed)) {
    const overlapping = found.filter((s) => s.start < slip.end && slip.start < s.end);
    // A grammar rule that caught it already ("the aircrafts") says enough; the slip's reading
    // replaces a spelling flag on part of the word ("nightfa" in "nightfa;;").
    if (overlapping.some((s) => s.kind !== "spelling")) continue;
    for (const s of overlapping) found.splice(found.indexOf(s), 1);
    found.push({ ...slip, kind: "spelling" });
  }
  await askAboutVariety(found, text, variety, checkerWords);
  await rankMisspellings(found, text, { variety, briefWords: [...extraWords, ...briefWords] });
  for (const note of letterNotes(text, { tone, recipientName })) found.push({ ...note, kind: "style", replacements: [] });
  for (const sentence of findLongSentences(text)) {
    found.push({
      rule: "LongSentence",
      start: sentence.start,
      end: sentence.end,
      kind: "style",
      message: `This sentence has ${sentence.words} words. It may read more easily split in two.`,
      replacements: [],
    });
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  return withKeys(found, text);
}

/**
 * A letter spelt throughout in another variety gets one question in place of a flag on every
 * "colour": the writer either respells it or dismisses the question to keep it (and says why).
 */
async function askAboutVariety(found: Found[], text: string, variety: EnglishVariety, checkerWords: ReadonlySet<string>) {
  const spelling = found.filter((s) => s.rule === "SpellCheck");
  const flaggedWords = spelling.map((s) => text.slice(s.start, s.end));
  const other = await otherVariety(text, { flaggedWords, checkerWords }, variety);
  if (!other) return;
  const grouped = spelling.filter((s) => other.words.has(text.slice(s.start, s.end).toLowerCase()));
  const examples = [...new Set(grouped.map((s) => text.slice(s.start, s.end)))];
  for (const s of grouped) found.splice(found.indexOf(s), 1);
  found.push({
    rule: "Variety",
    id: other.variety,
    start: grouped[0].start,
    end: grouped[0].end,
    kind: "spelling",
    message:
      `This letter is spelt in ${englishVarieties[other.variety]} throughout (${examples.slice(0, 4).join(", ")}${examples.length > 4 ? "…" : ""}), ` +
      `but the order asks for ${englishVarieties[variety]}. Respell those ${examples.length} words, or dismiss this to keep them as they are.`,
    replacements: [],
  });
}

/** Replaces the checker's fixes for each misspelt word with the ranked ones, in place. */
async function rankMisspellings(found: Found[], text: string, options: { variety: EnglishVariety; briefWords: string[] }) {
  const misspelt = found.filter((s) => {
    const word = text.slice(s.start, s.end);
    if (!/^[\p{L}’']+$/u.test(word)) return false;
    if (s.rule === "SpellCheck") return true;
    // Another rule's fix for a rare word is kept when it is a plausible slip ("alot" → "a lot").
    return wordFrequency(word) < RARE && s.replacements.every((r) => editCost(word.toLowerCase(), r.toLowerCase()) === Infinity);
  });
  const ranked = await rankSpellingSuggestions(
    misspelt.map((s) => ({ word: text.slice(s.start, s.end), suggestions: s.replacements })),
    { ...options, limit: MAX_REPLACEMENTS },
  );
  misspelt.forEach((s, i) => (s.replacements = ranked[i]));
}

function toSuggestion(lint: Lint, rule: string, utf16: number[], text: string): Found {
  const span = lint.span();
  const { start, end } = stringRange(span.start, span.end, lint.get_problem_text(), utf16, text);
  span.free();
  const problem = text.slice(start, end);
  const replacements = lint.suggestions().map((s) => {
    const kind = s.kind();
    const replacement = s.get_replacement_text();
    s.free();
    if (kind === HarperSuggestionKind.Remove) return "";
    if (kind === HarperSuggestionKind.InsertAfter) return problem + replacement;
    return replacement;
  });
  return {
    rule,
    start,
    end,
    kind: kinds[lint.lint_kind()] ?? "grammar",
    // Harper quotes words in Markdown backticks; the writer sees ordinary quotation marks.
    message: lint.message().replace(/`([^`]*)`/g, "“$1”"),
    replacements: [...new Set(replacements)].slice(0, MAX_REPLACEMENTS),
  };
}

/**
 * Harper's spans have been documented as character (code point) positions, while harper.js 2.10
 * returns UTF-16 positions. Take whichever reading points at the text harper says it flagged, so
 * emoji and accents before a mistake never shift the underline.
 */
function stringRange(spanStart: number, spanEnd: number, problem: string, utf16: number[], text: string) {
  if (text.slice(spanStart, spanEnd) === problem) return { start: spanStart, end: spanEnd };
  const start = utf16[spanStart] ?? spanStart;
  const end = utf16[spanEnd] ?? spanEnd;
  return { start, end };
}

/** UTF-16 index of each code point, to read code point positions. */
function utf16Offsets(text: string): number[] {
  const offsets: number[] = [];
  let unit = 0;
  for (const character of text) {
    offsets.push(unit);
    unit += character.length;
  }
  offsets.push(unit);
  return offsets;
}

function onlyAllowedWords(problem: string, allowed: ReadonlySet<string>): boolean {
  const words = problem.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => allowed.has(normaliseWord(w)));
}

function normaliseWord(word: string): string {
  return word.trim().toLowerCase().replace(/’/g, "'").replace(/'s$/, "");
}

function withKeys(found: Found[], text: string): ProofreadSuggestion[] {
  const seen = new Map<string, number>();
  return found.map(({ rule, id: given, ...suggestion }) => {
    const flagged = text.slice(suggestion.start, suggestion.end).toLowerCase();
    // Long passages are keyed by a digest: the key stays short, and no letter text is stored with it.
    const id = given ?? (flagged.length <= 40 ? flagged : `#${createHash("sha256").update(flagged).digest("hex").slice(0, 16)}`);
    const base = `${rule}:${id}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { key: `${base}:${occurrence}`, ...suggestion };
  });
}
