export type SuggestionKind = "spelling" | "grammar" | "repetition" | "style";

/** One proofreading suggestion; start and end are JavaScript string (UTF-16) indices into the text. */
export type ProofreadSuggestion = {
  /** Stable across edits elsewhere in the letter: rule, flagged text and which occurrence it is. */
  key: string;
  start: number;
  end: number;
  kind: SuggestionKind;
  message: string;
  replacements: string[];
  /** Who made the suggestion; absent means the offline proofreader. */
  source?: "proofreader" | "ai";
};
