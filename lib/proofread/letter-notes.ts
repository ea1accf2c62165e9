import { findCliches } from "./find-cliches";
import { nameFormNotes } from "./name-form-notes";
import { hardToRead } from "./readability";
import { toneNote } from "./tone-note";

/** A note on the letter as a whole, beyond its spelling and grammar; start and end are UTF-16 indices. */
export type LetterNote = { rule: "Cliche" | "RepeatedOpening" | "Readability" | "Tone" | "NameForm"; start: number; end: number; message: string };

/** Sentences in a row that may start with the same word before it reads as a list. */
const SAME_OPENINGS = 4;

/**
 * Clichés (the `no-cliches` list), runs of sentences that open with the same word, a letter that
 * reads hard; with the brief, wording against its tone and the recipient's name or title used two
 * ways.
 */
export function letterNotes(text: string, { tone = "", recipientName = "" }: { tone?: string; recipientName?: string } = {}): LetterNote[] {
  const notes: LetterNote[] = findCliches(text).map(({ start, end }) => ({
    rule: "Cliche",
    start,
    end,
    message: `“${text.slice(start, end)}” is a cliché. Something only this letter could say will mean more.`,
  }));
  let run: { word: string; count: number } = { word: "", count: 0 };
  for (const match of text.matchAll(/(?:^|[.!?…]["'”’)]*\s+|\n\s*)([\p{L}’']+)/gu)) {
    const word = match[1];
    const same = word.toLowerCase() === run.word;
    run = { word: word.toLowerCase(), count: same ? run.count + 1 : 1 };
    if (run.count !== SAME_OPENINGS) continue;
    const start = match.index + match[0].length - word.length;
    notes.push({
      rule: "RepeatedOpening",
      start,
      end: start + word.length,
      message: `${SAME_OPENINGS} sentences in a row begin with “${word}”. Varying how they open keeps the letter from reading like a list.`,
    });
  }
  const hard = hardToRead(text);
  if (hard) {
    notes.push({
      rule: "Readability",
      ...hard.hardest,
      message: `This letter reads at about school grade ${Math.round(hard.grade)} (Flesch–Kincaid); personal letters read most easily around grades 6 to 9. This is its hardest sentence: shorter sentences and plainer words would help.`,
    });
  }
  const tonal = tone ? toneNote(text, tone) : null;
  if (tonal) notes.push({ rule: "Tone", ...tonal });
  if (recipientName) notes.push(...nameFormNotes(text, recipientName).map((note) => ({ rule: "NameForm" as const, ...note })));
  return notes;
}
