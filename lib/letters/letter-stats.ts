import { lengths, type LetterLength } from "@/lib/orders/catalogue";

/** Unhurried reading of a personal letter: about 200 words a minute. */
const WORDS_PER_MINUTE = 200;

export type LetterStats = {
  words: number;
  minutes: number;
  minWords: number;
  maxWords: number;
  fit: "short" | "within" | "long";
};

/** Word count, reading time and how the count sits against the ordered length's range. */
export function letterStats(text: string, length: LetterLength): LetterStats {
  const words = text.split(/\s+/).filter(Boolean).length;
  const { minWords, maxWords } = lengths[length];
  return {
    words,
    minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    minWords,
    maxWords,
    fit: words < minWords ? "short" : words > maxWords ? "long" : "within",
  };
}
