import { isHonorific } from "@/lib/facts/names";

/** A note where the letter addresses its recipient differently from elsewhere; UTF-16 positions. */
export type NameFormNote = { start: number; end: number; message: string };

// Titles that go with the family name and set a formal distance; family titles ("Auntie Jean")
// go with the given name and sit naturally beside it, so they are left alone.
const FORMAL_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "reverend", "sir", "dame", "lady", "lord", "fr", "coach", "captain", "pastor", "rabbi", "imam"]);

/**
 * The recipient's name and title used one way throughout: for "Mr. Chidi Okoye", another title
 * before the family name ("Dr. Okoye"), the title spelt two ways ("Mr Okoye" and "Mr. Okoye"), or
 * the given name alone ("Chidi") in a letter that also says "Mr. Okoye". Each note is on the
 * occurrence that differs from the brief or from the rest of the letter, saying why.
 */
export function nameFormNotes(text: string, recipientName: string): NameFormNote[] {
  const words = recipientName.trim().split(/\s+/).filter(Boolean);
  const title = words[0] && isHonorific(words[0]) ? words[0] : "";
  const bare = (t: string) => t.toLowerCase().replace(/\.$/, "");
  if (!title || !FORMAL_TITLES.has(bare(title)) || words.length < 2) return [];
  const family = words[words.length - 1];
  const given = words.length > 2 ? words[1] : "";
  const notes: NameFormNote[] = [];
  const titled = [...text.matchAll(new RegExp(`\\b(\\p{Lu}\\p{Ll}*)(\\.?)\\s+${escape(family)}\\b`, "gu"))].filter((m) => isHonorific(m[1]));
  for (const m of titled) {
    if (bare(m[1]) !== bare(title)) {
      notes.push({ start: m.index, end: m.index + m[0].length, message: `The brief names the recipient “${recipientName}”; here the title is “${m[1]}${m[2]}”.` });
    }
  }
  const dotted = titled.filter((m) => bare(m[1]) === bare(title) && m[2] === ".");
  const plain = titled.filter((m) => bare(m[1]) === bare(title) && m[2] === "");
  if (dotted.length && plain.length) {
    const fewer = dotted.length < plain.length ? dotted : plain;
    const other = fewer === dotted ? plain[0][0] : dotted[0][0];
    for (const m of fewer) notes.push({ start: m.index, end: m.index + m[0].length, message: `“${m[0]}” here and “${other}” elsewhere: one spelling of the title throughout reads more carefully.` });
  }
  if (given && titled.length) {
    for (const m of text.matchAll(new RegExp(`\\b${escape(given)}\\b(?!\\s+${escape(family)})`, "gu"))) {
      notes.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `The letter calls the recipient “${titled[0][0]}” and, here, “${given}”. Keeping to one form of address reads more naturally.`,
      });
    }
  }
  return notes.sort((a, b) => a.start - b.start);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
