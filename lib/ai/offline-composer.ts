// The honest fallback when no AI service is configured: it assembles a first draft from the brief's
// own words and applies small, predictable phrase tables for rewrites. It never invents facts, and
// it says what it is in every result.
import nlp from "compromise";
import { mentions } from "@/lib/facts/mentions";
import { isHonorific } from "@/lib/facts/names";
import { clauses } from "@/lib/facts/significant-words";
import { lengths } from "@/lib/orders/catalogue";
import { composerLabels, isRewritePreset, type ComposeContext, type ComposeRequest, type RewritePreset } from "./compose-types";
import { firstName } from "./first-name";
import type { Composition } from "./composition";
import { closings, generalReflections, openings, pastFollowUps, presentFollowUps, reflections, toneLines } from "./offline-draft-text";

// Memories read as "I remember when we…" if they are sentences, "I often think of …" if they are phrases.
const SUBJECTS = new Set(["i", "we", "you", "he", "she", "they"]);
const LOWER_STARTERS = new Set(["the", "a", "an", "our", "my", "your", "his", "her", "their", "that", "this", "those", "how", "when"]);
const phraseLeads = ["I often think of", "I still smile when I think of", "And I will never forget", "I remember"];
const sentenceLeads = ["I remember when", "I still think about the time", "And I will never forget how", "I often think back to when"];

const simplerWords: Record<string, string> = {
  utilise: "use", utilize: "use", commence: "start", purchase: "buy", assistance: "help", approximately: "about",
  however: "but", therefore: "so", nevertheless: "still", endeavour: "try", endeavor: "try", sufficient: "enough",
  numerous: "many", additional: "more", demonstrate: "show", obtain: "get", require: "need", regarding: "about",
  inform: "tell", residence: "home", acquire: "get", individuals: "people", tremendously: "very",
  extraordinarily: "very", wonderful: "lovely", magnificent: "grand", remarkable: "special", comprehend: "understand",
  "in order to": "to", "prior to": "before", "due to the fact that": "because", "at this point in time": "now",
};

const warmerPhrases: Record<string, string> = {
  "thank you": "thank you so much", "i hope": "I really hope", "i miss you": "I miss you terribly",
  "best wishes": "with love", "kind regards": "with love", regards: "love", sincerely: "with all my love",
  "i think of you": "I think of you so often", "i am glad": "I am so glad", "i'm glad": "I'm so glad",
  "i appreciate": "I am so grateful for", nice: "lovely",
};

const formalPhrases: Record<string, string> = {
  "can't": "cannot", "don't": "do not", "doesn't": "does not", "didn't": "did not", "won't": "will not",
  "isn't": "is not", "wasn't": "was not", "aren't": "are not", "couldn't": "could not", "wouldn't": "would not",
  "shouldn't": "should not", "i'm": "I am", "i've": "I have", "i'll": "I will", "i'd": "I would", "it's": "it is",
  "you're": "you are", "we're": "we are", "they're": "they are", "that's": "that is", "there's": "there is",
  "let's": "let us", thanks: "thank you", hey: "dear", hi: "dear", kids: "children", "a lot of": "a great deal of",
  "lots of": "many", gonna: "going to", wanna: "want to", yeah: "yes", okay: "all right", "love,": "with warm regards,",
};

const FILLERS = /\b(really|very|just|truly|actually|so much|quite|simply)\s+/gi;

type Options = { signal?: AbortSignal; delayMs?: number };

/** Composes offline and streams the result word by word, so the writer's screen behaves as with AI. */
export function offlineComposer(context: ComposeContext, request: ComposeRequest, options: Options = {}): Composition {
  const { text, notice } = compose(context, request);
  return { composer: "offline", label: composerLabels.offline, notice, chunks: streamWords(text, options) };
}

function compose(context: ComposeContext, request: ComposeRequest): { text: string; notice?: string } {
  switch (request.mode) {
    case "draft":
      return { text: draft(context) };
    case "continue":
      return continuation(context, request.textBefore);
    case "rewrite": {
      if (!isRewritePreset(request.instruction)) {
        return {
          text: request.selection,
          notice: "The offline composer can only follow the named rewrites; the passage is unchanged.",
        };
      }
      const text = keepEdges(request.selection, rewrite(request.selection.trim(), request.instruction));
      return text === request.selection
        ? { text, notice: "The offline composer found nothing it knows how to change in this passage." }
        : { text };
    }
  }
}

/**
 * A first draft inside the ordered length: greeting, opening and a line in the brief's tone, each
 * memory as a sentence of its own with a line on what it means, the must-include, then reflections
 * on the occasion until the letter reaches the middle of the ordered range, the closing and the
 * sign-off. Only the brief's own facts appear; the added sentences say how the writer feels.
 */
function draft({ brief, recipient }: ComposeContext): string {
  const name = firstName(recipient.name);
  const { minWords, maxWords } = lengths[brief.length];
  // The middle of the range: room for the writer to add or cut without leaving it.
  const target = Math.round((minWords + maxWords) / 2);
  const memories = brief.memories.map((memory, i) => [memorySentence(memory, i, recipient.name)]);
  const followUps = brief.memories.map((memory) => (tenseOf(memory) === "present" && startsWithSubject(memory) ? presentFollowUps : pastFollowUps));
  const include = mustIncludeSentences(brief.mustInclude);
  const opening = [openings[brief.occasion]];
  const middle: string[][] = [];
  const build = () =>
    [
      `${brief.occasion === "love" ? "My dearest" : "Dear"} ${name},`,
      opening.join(" "),
      ...memories.map((m) => m.join(" ")),
      ...include,
      ...middle.map((p) => p.join(" ")),
      closings[brief.occasion],
      signOff(brief.signOff),
    ].join("\n\n");
  // What may be added, most telling first: the tone, a line after each memory, the occasion's
  // reflections, then a second line after each memory and reflections for any letter.
  const additions: (() => void)[] = [];
  const tone = toneLines[brief.tone];
  if (tone) additions.push(() => opening.push(tone));
  // Each memory takes the next unused line of its pool, so no line is said twice.
  const used = new Set<string>();
  const afterEachMemory = () =>
    memories.forEach((m, i) =>
      additions.push(() => {
        const line = followUps[i].find((l) => !used.has(l));
        if (!line) return;
        m.push(line);
        used.add(line);
      }),
    );
  afterEachMemory();
  for (const paragraph of reflections[brief.occasion]) additions.push(() => middle.push(paragraph));
  afterEachMemory();
  for (const paragraph of generalReflections) additions.push(() => middle.push(paragraph));
  afterEachMemory();
  for (const add of additions) {
    if (wordCount(build()) >= target) break;
    add();
  }
  return build();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A memory as a sentence to the recipient, in its own tense: a sentence after a lead that fits it, a phrase after "I often think of". */
function memorySentence(memory: string, index: number, recipientName: string): string {
  const clean = toSecondPerson(memory.trim().replace(/[.!?…]+$/, ""), recipientName);
  const firstWord = clean.split(/\s+/)[0].toLowerCase();
  // The client wrote a whole sentence of their own ("I remember the day…"): it stands as it is.
  if (firstWord === "i") return `${capitalise(clean)}.`;
  if (SUBJECTS.has(firstWord)) {
    const leads = tenseOf(clean) === "present" ? presentLeads : sentenceLeads;
    return `${leads[index % leads.length]} ${lowerFirst(clean)}.`;
  }
  return `${phraseLeads[index % phraseLeads.length]} ${lowerFirst(asGerund(clean))}.`;
}

const presentLeads = ["I love that", "It means so much to me that", "I treasure the way", "I am so glad that"];

function startsWithSubject(memory: string): boolean {
  return SUBJECTS.has(memory.trim().split(/\s+/)[0].toLowerCase());
}

function tenseOf(sentence: string): "past" | "present" | "other" {
  const verbs = nlp(sentence).verbs();
  if (verbs.has("#PastTense")) return "past";
  return verbs.has("#PresentTense") ? "present" : "other";
}

// The client writes about the recipient ("she taught me", "his garden"); the letter speaks to them.
const THIRD_PERSON: Record<string, string> = { she: "you", he: "you", him: "you", his: "your", herself: "yourself", himself: "yourself", hers: "yours" };
const AGREEMENT: Record<string, string> = { was: "were", is: "are", has: "have", does: "do", "wasn't": "weren't", "isn't": "aren't", "hasn't": "haven't", "doesn't": "don't" };

/**
 * "She taught me to swim" → "you taught me to swim", "her lemon cake" → "your lemon cake",
 * "Margaret's garden" → "your garden", and the verb agrees ("she was" → "you were", "he bakes" →
 * "you bake"). "Her" is "your" before a noun and "you" after a verb or preposition.
 */
function toSecondPerson(text: string, recipientName: string): string {
  const names = recipientName.split(/\s+/).filter((w) => w && !isHonorific(w)).map((w) => w.toLowerCase());
  const words = text.split(/(\s+)/);
  for (let i = 0; i < words.length; i += 2) {
    const word = words[i];
    const bare = word.replace(/[.,;:!?]+$/, "");
    const tail = word.slice(bare.length);
    const lower = bare.toLowerCase().replace(/’/g, "'");
    const next = words[i + 2]?.toLowerCase();
    let replaced: string | undefined;
    if (lower in THIRD_PERSON) replaced = THIRD_PERSON[lower];
    else if (lower === "her") replaced = !next || tail || /^(and|or|to|with|for|at|in|on|about|from|again|too|when|while|every|once)$/.test(next) ? "you" : "your";
    else if (lower.endsWith("'s") && names.includes(lower.slice(0, -2))) replaced = "your";
    else if (names.includes(lower) && i === 0) replaced = "you";
    if (!replaced) continue;
    words[i] = (/^\p{Lu}/u.test(bare) ? capitalise(replaced) : replaced) + tail;
    if (replaced === "you" && words[i + 2]) words[i + 2] = agreeWithYou(words[i + 2]);
  }
  return words.join("");
}

function agreeWithYou(verb: string): string {
  const bare = verb.replace(/[.,;:!?]+$/, "");
  const tail = verb.slice(bare.length);
  const agreed = AGREEMENT[bare.toLowerCase().replace(/’/g, "'")];
  if (agreed) return agreed + tail;
  const doc = nlp(bare);
  if (!doc.has("#PresentTense") || !/s$/.test(bare)) return verb;
  const infinitive = doc.verbs().toInfinitive().text();
  return infinitive ? infinitive + tail : verb;
}

/** "missed the exhibition" → "missing the exhibition", so "I often think of …" reads as English. */
function asGerund(phrase: string): string {
  const [first, ...rest] = phrase.split(/\s+/);
  const word = nlp(first);
  if (!word.has("#Verb") || word.has("#Gerund")) return phrase;
  const gerund = (word.verbs().conjugate()[0] as { Gerund?: string } | undefined)?.Gerund;
  return gerund ? [gerund, ...rest].join(" ") : phrase;
}

function mustIncludeSentences(mustInclude: string): string[] {
  const items = mustInclude.split(/\n|;/).map((s) => s.trim().replace(/[.!?]+$/, "")).filter(Boolean);
  return items.length ? [items.map((item) => `${capitalise(item)}.`).join(" ")] : [];
}

/** Adds the next part of the brief the letter does not have yet: a memory, then the must-include, then the ending. */
function continuation(context: ComposeContext, textBefore: string): { text: string; notice?: string } {
  if (!textBefore.trim()) return { text: draft(context) };
  const { brief } = context;
  const have = clauses(textBefore);
  const separator = /\n\s*$/.test(textBefore) ? "" : "\n\n";
  const nextMemory = brief.memories.findIndex((m) => !mentions(have, m).found);
  if (nextMemory >= 0) return { text: separator + memorySentence(brief.memories[nextMemory], nextMemory, context.recipient.name) };
  const include = mustIncludeSentences(brief.mustInclude).filter((s) => !mentions(have, s).found);
  if (include.length) return { text: separator + include.join(" ") };
  if (!textBefore.includes(brief.signOff.split(",")[0])) {
    return { text: separator + [closings[brief.occasion], signOff(brief.signOff)].join("\n\n") };
  }
  return { text: "", notice: "The letter already has everything from the brief; the offline composer has nothing to add." };
}

function rewrite(text: string, preset: RewritePreset): string {
  switch (preset) {
    case "shorter":
      return shorter(text);
    case "simpler":
      return splitLongSentences(replacePhrases(text, simplerWords));
    case "warmer": {
      const warmer = replacePhrases(text, warmerPhrases);
      return warmer === text ? `${text} It means more to me than I can say.` : warmer;
    }
    case "more_formal":
      return replacePhrases(text, formalPhrases).replace(/!/g, ".");
  }
}

/** Drops filler words, then keeps the first sentences of each paragraph and its last one. */
function shorter(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => {
      const sentences = sentencesOf(paragraph.replace(FILLERS, ""));
      if (sentences.length < 3) return sentences.join(" ");
      const keep = Math.ceil(sentences.length * 0.6);
      return [...sentences.slice(0, keep - 1), sentences[sentences.length - 1]].join(" ");
    })
    .join("\n\n");
}

function splitLongSentences(text: string): string {
  return sentencesOf(text)
    .map((s) => (s.split(/\s+/).length > 16 ? s.replace(/(,| ;) and /, ". And ").replace(/; /, ". ") : s))
    .join(" ");
}

function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?]+(?:[.!?]+["”’)]*|$)/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** Replaces whole words and phrases from a table, keeping a capital first letter where there was one. */
function replacePhrases(text: string, table: Record<string, string>): string {
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}'’])(${keys.map(escapeRegExp).join("|")})(?![\\p{L}'’])`, "giu");
  return text.replace(pattern, (match) => {
    const replacement = table[match.toLowerCase().replace(/’/g, "'")] ?? match;
    return /^\p{Lu}/u.test(match) ? capitalise(replacement) : replacement;
  });
}

function signOff(text: string): string {
  const comma = text.lastIndexOf(",");
  return comma > 0 ? `${text.slice(0, comma + 1)}\n${text.slice(comma + 1).trim()}` : text;
}

function keepEdges(original: string, rewritten: string): string {
  const [lead] = original.match(/^\s*/) ?? [""];
  const [trail] = original.match(/\s*$/) ?? [""];
  return lead + rewritten + trail;
}

function lowerFirst(text: string): string {
  // "Teaching me to swim" is something the recipient did: "I often think of you teaching me to swim".
  if (/^\p{L}+ing (me|us)\b/u.test(text)) return `you ${text[0].toLowerCase()}${text.slice(1)}`;
  const first = text.split(/\s+/)[0];
  if (first === "I") return text;
  // Clients describe the recipient in the third person ("Her lemon cake"); the letter speaks to them.
  if (/^(her|his|their)$/i.test(first)) return `your${text.slice(first.length)}`;
  const lower = first.toLowerCase();
  return LOWER_STARTERS.has(lower) || SUBJECTS.has(lower) || /ing$/.test(lower) ? text[0].toLowerCase() + text.slice(1) : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function* streamWords(text: string, { signal, delayMs = 12 }: Options): AsyncGenerator<string> {
  for (const word of text.match(/\s*\S+|\s+$/g) ?? []) {
    signal?.throwIfAborted();
    yield word;
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}
