/** A stretch of the letter's text a mark or note is about (string offsets, end exclusive). */
export type TextRange = { start: number; end: number };

/** Where two versions of a text differ: [start, oldEnd) of the old text became [start, newEnd) of the new. */
export type TextChange = { start: number; oldEnd: number; newEnd: number };

/** The one changed stretch between two texts, by their common beginning and ending (null if equal). */
export function textChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

const WORD = /[\p{L}\p{N}\p{M}'’-]/u;

/**
 * Moves ranges of the old text to where their words are in the new one, after an edit anywhere
 * (typing, an accepted suggestion, AI text put in). A range the edit touches is dropped: its words
 * changed, so the mark no longer says anything true. Typing a letter right against a marked word
 * changes the word too; a space or punctuation beside it does not.
 */
export function remapRanges<T extends TextRange>(ranges: readonly T[], before: string, after: string): T[] {
  const change = textChange(before, after);
  if (!change) return [...ranges];
  const shift = change.newEnd - change.oldEnd;
  const edited = before.slice(change.start, change.oldEnd) + after.slice(change.start, change.newEnd);
  const joinsAfter = WORD.test(edited.charAt(0)); // the edit's first character, next to a range ending at its start
  const joinsBefore = WORD.test(edited.charAt(edited.length - 1)); // its last, next to a range starting at its end
  return ranges.flatMap((range) => {
    if (range.end < change.start || (range.end === change.start && !joinsAfter)) return [range];
    if (range.start > change.oldEnd || (range.start === change.oldEnd && !joinsBefore)) {
      return [{ ...range, start: range.start + shift, end: range.end + shift }];
    }
    return [];
  });
}
