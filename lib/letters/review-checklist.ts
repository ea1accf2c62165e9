import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import type { FactCheck } from "@/lib/facts/check-facts";
import { checkOrderLetter } from "@/lib/proofread/check-order-letter";

export type ReviewChecklist = {
  /** Open spelling suggestions (after the brief's names, the dictionary and dismissals): the flagged words. */
  misspellings: string[];
  facts: FactCheck[];
  /** One line per open item, for the writer's refusal message and the editor's note. */
  open: string[];
  clean: boolean;
};

const factLines: Record<FactCheck["kind"], (f: FactCheck) => string> = {
  recipient: (f) => `recipient not named (${f.label.replace(/ is named$/, "")})`,
  memory: (f) => `memory not covered: “${f.label}”`,
  "must-include": (f) => `must-include not covered: “${f.label}”`,
  "must-avoid": (f) => `must-avoid mentioned: “${f.label}”`,
  "name-spelling": (f) => `name spelling: ${f.label}`,
  number: (f) => `age or years: ${f.label} (${f.detail})`,
  length: (f) => `length: ${f.label}`,
};

/**
 * What must be true before a letter goes to the editor: no open spelling suggestions and every
 * fact of the brief covered. Grammar and style suggestions are the writer's judgement, so they
 * do not hold a letter back.
 */
export async function reviewChecklist(db: DbOrTx, actor: Actor, orderId: string, text: string): Promise<ReviewChecklist> {
  const { suggestions, facts } = await checkOrderLetter(db, actor, orderId, text, { ai: false });
  const misspellings = suggestions.filter((s) => s.kind === "spelling").map((s) => text.slice(s.start, s.end));
  const open = [
    ...misspellings.map((word) => `spelling: “${word}”`),
    ...facts.filter((f) => !f.ok).map((f) => factLines[f.kind](f)),
  ];
  return { misspellings, facts, open, clean: open.length === 0 };
}
