import type { WorkingOrder } from "@/lib/ai/get-working-order";
import { properNouns } from "./proper-nouns";

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/**
 * The names the brief gives, which no dictionary knows and the proofreader must never flag as
 * misspelt: every part of the recipient's name (even "Rose" or "Hope"), and the proper nouns of the
 * relationship, memories, must-include, notes and sign-off. Only names: a "Their" or "A" opening a
 * memory is not one, so grammar around it is still checked.
 */
export function briefNames({ order, recipient }: WorkingOrder): string[] {
  const texts = [recipient.relationship, recipient.notes, order.relationship, order.mustInclude, order.signOff, ...order.memories];
  return [...new Set([...(recipient.name.match(WORD) ?? []), ...texts.flatMap(properNouns)])];
}

/** Every word the brief uses: a misspelling close to one of them most likely meant it. */
export function briefVocabulary({ order, recipient }: WorkingOrder): string[] {
  const text = [recipient.name, recipient.notes, order.relationship, order.mustInclude, order.signOff, ...order.memories].join(" ");
  return [...new Set(text.match(WORD) ?? [])];
}
