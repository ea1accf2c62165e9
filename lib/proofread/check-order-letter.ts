import "server-only";
import { runHeavyWork } from "@/lib/pool/heavy-work-pool";
import type { Actor } from "@/lib/auth/permissions";
import { aiProofread } from "@/lib/ai/ai-proofread";
import { getWorkingOrder } from "@/lib/ai/get-working-order";
import type { DbOrTx } from "@/lib/db/client";
import { checkFacts, type FactCheck } from "@/lib/facts/check-facts";
import { briefNames, briefVocabulary } from "./brief-words";
import { listDictionary } from "./list-dictionary";
import { listDismissed } from "./list-dismissed";
import type { ProofreadSuggestion } from "./suggestion";

export type LetterCheck = { suggestions: ProofreadSuggestion[]; facts: FactCheck[] };

/**
 * "Check the letter": proofreading in the order's variety of English, without the brief's names,
 * the checker's own dictionary or what was dismissed, plus the fact check against the brief.
 * With an OpenAI key an AI pass adds its own suggestions, unless `ai` is false (the review gate,
 * which must not wait on the model inside its transaction and only holds on offline spelling).
 */
export async function checkOrderLetter(
  db: DbOrTx,
  actor: Actor,
  orderId: string,
  text: string,
  { ai = true }: { ai?: boolean } = {},
): Promise<LetterCheck> {
  const working = await getWorkingOrder(db, actor, orderId);
  const [dictionary, dismissed] = await Promise.all([listDictionary(db, actor), listDismissed(db, actor, orderId)]);
  const hidden = new Set(dismissed);
  const briefNamesFound = briefNames(working);
  const names = [...briefNamesFound, ...dictionary];
  const variety = working.order.englishVariety;
  // In the worker-thread pool: harper.js on a 40,000-character letter would hold the server for seconds.
  const offline = await runHeavyWork("proofreadLetter", {
    text,
    variety,
    extraWords: names,
    briefWords: briefVocabulary(working),
    tone: working.order.tone,
    recipientName: working.recipient.name,
  });
  const extra = ai ? await aiProofread(text, { variety, names, offline }) : [];
  const suggestions = [...offline, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    suggestions: suggestions.filter((s) => !hidden.has(s.key)),
    facts: checkFacts(text, {
      brief: working.order,
      recipientName: working.recipient.name,
      names: briefNamesFound,
      birthday: working.recipient.birthday,
      on: working.order.deadline ?? undefined,
    }),
  };
}
