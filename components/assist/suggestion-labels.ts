import type { ProofreadSuggestion } from "@/lib/proofread/suggestion";

// Shared by the writer's editor (client) and the review page (server), so not in a "use client" file.

export const kindLabels: Record<ProofreadSuggestion["kind"], string> = {
  spelling: "Spelling",
  grammar: "Grammar",
  repetition: "Repetition",
  style: "Style",
};

/** What a suggestion says, in one sentence for a screen reader: kind, why, and the fix. */
export function markDescription(s: ProofreadSuggestion): string {
  const fix = s.replacements[0];
  const suggested = fix === undefined ? "" : fix === "" ? " Suggested: remove it." : ` Suggested: “${fix}”.`;
  return `${kindLabels[s.kind]}: ${s.message}${suggested}`;
}
