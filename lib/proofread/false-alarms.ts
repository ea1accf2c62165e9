import { isKnownWord } from "./word-frequency";

/**
 * Flags the checker raises on good English, each with why it is good. `start` and `end` are the
 * flagged range of `text`.
 */
export function isFalseAlarm(rule: string, text: string, start: number, end: number): boolean {
  const flagged = text.slice(start, end);
  // "every one of them" counts each one; only "every one" without "of" is "everyone".
  if (rule === "Everyone" && /^\s+of\b/i.test(text.slice(end))) return true;
  // A part of a hyphenated compound ("lie-ins", "go-betweens") that is a word on its own.
  if (rule === "SpellCheck" && (text[start - 1] === "-" || text[end] === "-") && isKnownWord(flagged)) return true;
  return false;
}
