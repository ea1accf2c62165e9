import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Where a cliché starts and ends in the text (UTF-16). */
export type ClicheMatch = { start: number; end: number };

/**
 * The phrases of `no-cliches`, found as that package finds them (whole words, any case, any
 * spacing between words, the first phrase of the list that matches at a place), but by looking up
 * each word of the letter in an index of the phrases' first words: the package tries its one
 * 700-way regular expression at every character, which took as long as a fifth of the whole
 * proofreading of a letter. A curly apostrophe matches a straight one.
 */
export function findCliches(text: string): ClicheMatch[] {
  const lower = text.toLowerCase().replace(/’/g, "'");
  // Lower-casing that changes the length (rare letters such as "İ") would shift every position.
  const source = lower.length === text.length ? lower : text.replace(/’/g, "'");
  const byFirstWord = phrasesByFirstWord();
  const found: ClicheMatch[] = [];
  const words = /[a-z]+/gi;
  for (let match = words.exec(source); match; match = words.exec(source)) {
    if (match.index > 0 && isWordChar(source.charCodeAt(match.index - 1))) continue;
    const phrases = byFirstWord.get(match[0].toLowerCase());
    if (!phrases) continue;
    for (const phrase of phrases) {
      const end = matchAt(source, match.index, phrase);
      if (end < 0) continue;
      found.push({ start: match.index, end });
      words.lastIndex = end;
      break;
    }
  }
  return found;
}

/** Where `phrase` ends if it starts at `at` (a space in it stands for any white space, or none), or -1. */
function matchAt(text: string, at: number, phrase: string): number {
  let i = at;
  for (let p = 0; p < phrase.length; p++) {
    if (phrase[p] === " ") {
      while (i < text.length && /[\s\u200C]/.test(text[i])) i++;
      continue;
    }
    if (i >= text.length || text[i].toLowerCase() !== phrase[p]) return -1;
    i++;
  }
  // A word boundary must follow, as the package's `\b` asks.
  const after = i < text.length && isWordChar(text.charCodeAt(i));
  return isWordChar(text.charCodeAt(i - 1)) !== after ? i : -1;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

let index: Map<string, string[]> | undefined;

/** The package's list, read from its source once (it exports only its matcher), by first word. */
function phrasesByFirstWord(): Map<string, string[]> {
  if (index) return index;
  const source = readFileSync(require.resolve("no-cliches/cliches.js"), "utf8");
  const list = source.slice(source.indexOf("["), source.indexOf("];"));
  const phrases = [...list.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\(.)/g, "$1").toLowerCase());
  if (phrases.length < 100) throw new Error("no-cliches: its list of phrases was not found");
  const map = new Map<string, string[]>();
  for (const phrase of phrases) {
    const first = /^[a-z]+/.exec(phrase)?.[0];
    if (!first) continue;
    const bucket = map.get(first);
    if (bucket) bucket.push(phrase);
    else map.set(first, [phrase]);
  }
  return (index = map);
}
