/** A note where the letter's wording works against the tone the brief asks for; UTF-16 positions. */
export type ToneNote = { start: number; end: number; message: string };

// Wording a reader hears as official, out of place in a warm letter.
const OFFICIAL = /\b(hereby|herewith|furthermore|moreover|henceforth|pursuant to|aforementioned|accordingly|please be advised|I am writing to (?:inform|advise|notify)|yours faithfully|kind regards|best regards)\b/gi;
// Wording a reader hears as casual, out of place in a formal letter.
const CASUAL = /\b(?:[a-z]+(?:n['’]t|['’](?:re|ve|ll|m))|hey|hiya|gonna|wanna|gotta|yeah|kinda|awesome|cool|lol|btw|xoxo|stuff)\b|!/gi;
/** One casual word is a voice; this many makes the letter casual. */
const CASUAL_ENOUGH = 3;
// What a letter does when it is in the tone: looks back, or looks ahead with belief.
const LOOKS_BACK = /\b(remember|recall|used to|back then|those days|years ago|when (?:we|I|you) (?:were|was)|still think|think back|looking back|once)\b/i;
const ENCOURAGES = /\b(proud|believe in|you can|you will|you'll|capable|brave|strength|ahead|keep going|rooting for|faith in)\b/i;
const WARM_TONES = new Set(["Warm", "Playful", "Tender", "Heartfelt", "Nostalgic", "Encouraging"]);
/** Below this many words a letter is too short to miss a tone. */
const MIN_WORDS = 80;

/**
 * Whether the letter's wording goes against the brief's tone: official phrases in a warm letter,
 * casual ones (contractions, "yeah", exclamation marks) in a formal one, no looking back in a
 * nostalgic letter, no encouragement in an encouraging one. One note at most, on the first
 * phrase that shows it (or the first sentence when something is missing), saying why.
 */
export function toneNote(text: string, tone: string): ToneNote | null {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (WARM_TONES.has(tone)) {
    const official = [...text.matchAll(OFFICIAL)];
    if (official.length) return at(official[0], `The brief asks for a ${tone.toLowerCase()} tone, but ${quoted(official)} ${official.length > 1 ? "read" : "reads"} like an official letter. Plainer words would sound more like the sender.`);
  }
  if (tone === "Formal") {
    const casual = [...text.matchAll(CASUAL)];
    if (casual.length >= CASUAL_ENOUGH) {
      return at(casual[0], `The brief asks for a formal tone, but ${quoted(casual)} ${casual.length > 1 ? "read" : "reads"} as casual. Full forms ("do not") and full stops suit it better.`);
    }
  }
  if (words < MIN_WORDS) return null;
  const first = /^\s*[^\n]*/.exec(text)!;
  if (tone === "Nostalgic" && !LOOKS_BACK.test(text)) {
    return { start: first.index + first[0].length - first[0].trimStart().length, end: first[0].length, message: "The brief asks for a nostalgic tone, but the letter hardly looks back. A memory or two told as “I remember…” would bring it in." };
  }
  if (tone === "Encouraging" && !ENCOURAGES.test(text)) {
    return { start: first.index + first[0].length - first[0].trimStart().length, end: first[0].length, message: "The brief asks for an encouraging tone, but nothing in the letter says what the sender believes the recipient can do." };
  }
  return null;
}

function at(match: RegExpMatchArray, message: string): ToneNote {
  return { start: match.index!, end: match.index! + match[0].length, message };
}

function quoted(matches: RegExpMatchArray[]): string {
  const phrases = [...new Set(matches.map((m) => m[0]).filter((p) => p !== "!"))].slice(0, 3).map((p) => `“${p}”`);
  if (matches.some((m) => m[0] === "!")) phrases.push("exclamation marks");
  return phrases.length > 1 ? `${phrases.slice(0, -1).join(", ")} and ${phrases.at(-1)}` : phrases[0];
}
