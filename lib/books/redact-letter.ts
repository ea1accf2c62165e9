import { surnames } from "./person-names";

export type RedactionPeople = {
  recipient: { name: string; addressLine1?: string; addressLine2?: string; postalCode?: string };
  clientName?: string;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A letter ready for strangers to read: surnames become initials ("Bennett" → "B.") and the street
 * address and postcode become "…". First names stay: they are what makes a letter a letter. The
 * admin can edit the result; this is only the safe default.
 */
export function redactLetter(text: string, people: RedactionPeople): string {
  let out = text;
  const { recipient } = people;
  for (const value of [recipient.addressLine1, recipient.addressLine2, recipient.postalCode]) {
    const trimmed = value?.trim();
    if (trimmed && trimmed.length >= 3) out = out.replace(new RegExp(escape(trimmed), "giu"), "…");
  }
  for (const name of [recipient.name, people.clientName ?? ""]) {
    for (const last of surnames(name)) {
      out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(last)}(?![\\p{L}\\p{N}])`, "gu"), `${[...last][0]}.`);
    }
  }
  return out;
}
