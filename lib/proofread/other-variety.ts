import type { EnglishVariety } from "@/lib/orders/catalogue";
import { getHarperLinter } from "./get-harper-linter";
import { isKnownWord } from "./word-frequency";

// The variety a letter is most likely written in instead: British and American spelling are the
// usual mix-up (Canadian and Australian letters spell mostly as the British do).
const counterpart: Record<EnglishVariety, EnglishVariety> = { "en-US": "en-GB", "en-GB": "en-US", "en-CA": "en-US", "en-AU": "en-US" };

/** Below this many words a letter is not consistently in another variety: they are just typos. */
const MIN_WORDS = 2;

/**
 * Whether a letter is written throughout in another variety of English than its order's: at
 * least two of the words flagged as misspelt are right there, and no word is spelt the order's way
 * where the other would flag it. `flaggedWords` are the flags shown, `checkerWords` every word the
 * checker flagged (names included). Returns that variety and the words (lower case), or null.
 */
export async function otherVariety(
  text: string,
  { flaggedWords, checkerWords }: { flaggedWords: readonly string[]; checkerWords: ReadonlySet<string> },
  variety: EnglishVariety,
): Promise<{ variety: EnglishVariety; words: Set<string> } | null> {
  // Only words English speech knows can be another variety's spelling (names and slips are not),
  // and only a letter with enough of them is worth a second full check.
  const flagged = new Set(flaggedWords.map((w) => w.toLowerCase()).filter(isKnownWord));
  if (flagged.size < MIN_WORDS) return null;
  const other = counterpart[variety];
  const lints = await (await getHarperLinter(other)).lint(text, { language: "plaintext" });
  const flaggedThere = new Set<string>();
  for (const lint of lints) {
    if (lint.lint_kind() === "Spelling") flaggedThere.add(lint.get_problem_text().toLowerCase());
    lint.free();
  }
  const rightThere = [...flagged].filter((w) => !flaggedThere.has(w));
  const mixed = [...flaggedThere].some((w) => !checkerWords.has(w));
  return rightThere.length >= MIN_WORDS && !mixed ? { variety: other, words: new Set(rightThere) } : null;
}
