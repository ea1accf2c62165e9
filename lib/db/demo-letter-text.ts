import { seededRandom } from "@/lib/handwriting/seeded-random";

// Realistic personal letters for the demo collection, the book benchmark and its tests: a
// salutation, paragraphs of memories, reflection and wishes built from varied sentences, and a
// sign-off, deterministic per seed. Long letters average ~610 words, as the real ones do.

const PLACES = ["the lake at Grandpa’s cabin", "Brighton pier", "the allotment behind Mill Lane", "the little bakery on Rue Cler", "Kraków’s old market square", "the ferry to Skye", "the kitchen in Dunmore Road", "the orchard in Normandy", "Lisbon’s yellow trams", "the back garden in Ohio", "the hospital corridor that winter", "the beach at Zandvoort"];
const THINGS = ["lemon cake", "your old green bicycle", "the blue teapot", "that terrible caravan", "the jigsaw with three pieces missing", "your father’s watch", "the crossword", "a box of letters tied with string", "the record player", "the wooden sledge", "our tent that leaked", "the rosemary by the door"];
const SEASONS = ["that first summer", "every Sunday that autumn", "the winter the pipes froze", "one wet April", "the year we moved", "the spring you learned to drive", "that long August", "the Christmas the power went out"];
const FEELINGS = ["grateful", "lucky", "proud", "at home", "understood", "brave", "safe", "less alone"];

const openings = [
  "I have started this letter four times, because some things are easier to feel than to write down.",
  "It is late, the house is quiet, and I wanted to write to you properly, with a pen, the way you taught me.",
  "I found a photograph this week and it sent me straight back to {season}.",
  "You always said a letter is a conversation that waits patiently for its reader, so here is mine.",
  "Before the day gets busy and the cards pile up, I want to tell you a few things I never quite said.",
  "Someone asked me recently who shaped me most, and I answered before they had finished the question.",
];
const memory = [
  "Do you remember {place} in {season}? You laughed so hard at me that you had to sit down on the wet grass.",
  "I still think of {place}, and of {thing}, whenever the light comes in low through a window.",
  "You probably don’t remember {thing}, but I do: you mended it twice and never once complained.",
  "There was an afternoon at {place} when nothing happened at all, and it is one of my favourite days.",
  "We argued about {thing} for most of {season}, and I have to admit now that you were right.",
  "When I close my eyes I can still smell {thing} and hear you humming in {place}.",
  "You taught me to swim, to whistle, to make a proper cup of tea and to apologise without a ‘but’.",
  "I remember the drive home from {place}, the radio crackling, you pretending not to be tired.",
  "Nobody else would have kept {thing} for thirty years, and nobody else would have given it away so gladly.",
  "It was you who sat with me in {place} when I thought everything was over, and who said, quite calmly, that it was not.",
];
const reflection = [
  "I did not understand then how much patience that took; I understand it a little better now.",
  "Looking back, it was never the big occasions that mattered, but the ordinary evenings, the washing up, the talk.",
  "I have tried to be for other people what you were for me, and I fall short often, but I keep trying.",
  "You made me feel {feeling}, and I am not sure I ever told you so in as many words.",
  "Some people give advice; you gave your time, which is rarer and worth far more.",
  "Whenever I am unsure what to do, I ask myself what you would say, and the answer is usually ‘put the kettle on and think again’.",
  "It is strange how a single sentence, said kindly at the right moment, can last a whole life.",
  "I used to think you were simply stubborn; now I see it was a kind of loyalty.",
  "The older I get, the more of you I notice in myself: in my hands, in my laugh, in the way I fold a map.",
];
const wishes = [
  "I hope this year brings you long walks, good books and at least one perfect slice of {thing}.",
  "May the next years be gentle with you, and may you let the rest of us look after you for a change.",
  "I wish you health, and quiet mornings, and a garden that does exactly what you tell it.",
  "Whatever comes next, you will not face it alone; that is a promise, not a pleasantry.",
  "Come and visit soon; the spare room is made up and the kettle is always on.",
  "I hope you keep this letter somewhere you can find it on a grey day.",
];
const signOffs = ["With all my love,", "With love and gratitude,", "Yours, always,", "With love,", "All my love,", "Warmest wishes,", "Love always,"];

const pick = <T,>(random: () => number, items: readonly T[]) => items[Math.floor(random() * items.length)];

function fill(random: () => number, sentence: string): string {
  return sentence
    .replace("{place}", pick(random, PLACES))
    .replace("{thing}", pick(random, THINGS))
    .replace("{season}", pick(random, SEASONS))
    .replace("{feeling}", pick(random, FEELINGS));
}

/** A letter of about `words` words to `recipient`, signed by `sender`, the same for the same seed. */
export function demoLetterText(seed: string, recipient: string, sender: string, words = 610): string {
  const random = seededRandom(seed).next;
  const used = new Set<string>();
  const paragraphs: string[] = [];
  let count = 0;
  let first = true;
  while (count < words - 40) {
    const sentences: string[] = [];
    const length = 3 + Math.floor(random() * 4);
    for (let i = 0; i < length; i++) {
      const bank = first && i === 0 ? openings : i === 0 ? memory : pick(random, [memory, reflection, reflection, wishes]);
      // A sentence said twice in one letter reads as a machine's: look a few times for an unused one.
      let sentence = pick(random, bank);
      for (let tries = 0; used.has(sentence) && tries < 6; tries++) sentence = pick(random, bank);
      used.add(sentence);
      sentences.push(fill(random, sentence));
    }
    first = false;
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  paragraphs.push(fill(random, pick(random, wishes)));
  return [`Dear ${recipient},`, ...paragraphs, `${pick(random, signOffs)}\n${sender}`].join("\n\n");
}
