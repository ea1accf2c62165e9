import type { EnglishVariety } from "@/lib/orders/catalogue";
import { getHarperLinter } from "./get-harper-linter";
import { wordFrequency } from "./word-frequency";

/**
 * Starts the linters and reads the word list ahead of the first letter: a cold start takes a
 * second or two alone and far longer on a busy machine.
 */
export async function warmProofreader(varieties: readonly EnglishVariety[] = ["en-GB", "en-US"]): Promise<void> {
  wordFrequency("the");
  await Promise.all(varieties.map(getHarperLinter));
}
