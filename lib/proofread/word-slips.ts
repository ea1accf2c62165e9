import { isKnownWord } from "./word-frequency";

/** A word the dictionary accepts (or only half sees) that is still a slip, with its fix and why. */
export type WordSlip = { rule: "IrregularPlural" | "SemicolonForL"; start: number; end: number; replacements: string[]; message: string };

// Nouns whose plural is the same word ("two aircraft"); the dictionary also knows "aircrafts".
const SAME_IN_PLURAL = new Set(["aircraft", "spacecraft", "hovercraft", "watercraft", "sheep", "deer", "moose", "swine", "offspring"]);

/**
 * Slips that are words, or nearly, to a dictionary but not to a reader:
 * - a noun in "-fe" makes its plural in "-ves" ("knifes" → "knives", "midwifes" → "midwives");
 *   "knifes" is also a rare verb, so the writer may dismiss it;
 * - a noun that is its own plural takes no "s" ("aircrafts" → "aircraft");
 * - a semicolon typed for the "l" beside it inside a word ("nightfa;;" → "nightfall"), which the
 *   checker reads as a shorter misspelling followed by punctuation.
 * Only lower-case words; never the brief's names (`allowed`).
 */
export function findWordSlips(text: string, allowed: ReadonlySet<string>): WordSlip[] {
  const slips: WordSlip[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{M}'’-])([a-z]+)(;+[a-z]*)?(?![\p{L}\p{M}'’-])/gu)) {
    const [whole, letters, semicolons] = match;
    const start = match.index;
    if (allowed.has(letters)) continue;
    if (semicolons) {
      const meant = (letters + semicolons).replace(/;/g, "l");
      if (!isKnownWord(letters) && isKnownWord(meant)) {
        slips.push({ rule: "SemicolonForL", start, end: start + whole.length, replacements: [meant], message: `“${whole}” looks like “${meant}” with a semicolon typed for the l beside it.` });
      }
      continue;
    }
    const fe = /^(.+)fes$/.exec(letters);
    const noun = fe && feNoun(fe[1]);
    if (noun) {
      const plural = `${fe[1]}ves`;
      slips.push({ rule: "IrregularPlural", start, end: start + letters.length, replacements: [plural], message: `The plural of “${fe[1]}fe” is “${plural}”. Dismiss this if “${letters}” is the verb.` });
    } else if (letters.endsWith("s") && SAME_IN_PLURAL.has(letters.slice(0, -1))) {
      const same = letters.slice(0, -1);
      slips.push({ rule: "IrregularPlural", start, end: start + letters.length, replacements: [same], message: `“${same}” is its own plural: “two ${same}”.` });
    }
  }
  return slips;
}

/**
 * Whether `stem` + "fe" is a noun whose plural is `stem` + "ves" ("kni": knife, knives), alone or
 * as the end of a compound ("midwi": midwife, like wife). "cafes" is no "caves": the "-ves" word
 * must be no other word's plural ("cave").
 */
function feNoun(stem: string): boolean {
  for (let i = 0; i < stem.length - 1; i++) {
    const tail = stem.slice(i);
    if (isKnownWord(`${tail}fe`) && isKnownWord(`${tail}ves`) && !isKnownWord(`${tail}ve`)) return true;
  }
  return false;
}
