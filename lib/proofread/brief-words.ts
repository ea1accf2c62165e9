import type { WorkingOrder } from "@/lib/ai/get-working-order";

/**
 * Words the client gave us that a dictionary may not know: the recipient's name, capitalised words
 * (names, places) in the memories, notes and sign-off, and every word of the must-include list.
 */
export function briefWords({ order, recipient }: WorkingOrder): string[] {
  const capitalised = [...order.memories, recipient.notes, recipient.relationship, order.relationship, order.signOff]
    .flatMap((text) => text.match(/\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? []);
  const all = [recipient.name, order.mustInclude].flatMap((text) => text.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? []);
  return [...new Set([...capitalised, ...all])];
}

/** Every word the brief uses: a misspelling close to one of them most likely meant it. */
export function briefVocabulary({ order, recipient }: WorkingOrder): string[] {
  const text = [recipient.name, recipient.notes, order.relationship, order.mustInclude, order.signOff, ...order.memories].join(" ");
  return [...new Set(text.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? [])];
}
