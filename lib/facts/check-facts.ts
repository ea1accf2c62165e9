import type { Order } from "@/lib/db/schema";
import { mentions } from "./mentions";
import { significantWords } from "./significant-words";

export type FactKind = "recipient" | "memory" | "must-include" | "must-avoid" | "name-spelling";

/** One line of the fact check; `ok` is always the good outcome (covered, or absent when it must be avoided). */
export type FactCheck = { kind: FactKind; label: string; ok: boolean; detail: string };

type Brief = Pick<Order, "memories" | "mustInclude" | "mustAvoid">;

// Words that say how to treat a subject, not what it is: "please don't mention the divorce".
const INSTRUCTION_WORDS = new Set(["mention", "mentioning", "avoid", "talk", "talking", "discuss", "bring", "refer", "reference", "please", "don't", "dont", "any", "anything"]);

/**
 * Checks a letter against its brief: the recipient is named (and not misspelt), every memory and
 * must-include item is there, and nothing from the must-avoid list is.
 */
export function checkFacts(text: string, { brief, recipientName }: { brief: Brief; recipientName: string }): FactCheck[] {
  const letter = new Set(significantWords(text));
  const checks: FactCheck[] = [];
  const names = recipientName.split(/\s+/).filter((n) => n.length > 1);
  if (names.length > 0) {
    const named = names.some((n) => new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, "iu").test(text));
    checks.push({
      kind: "recipient",
      label: `${recipientName} is named`,
      ok: named,
      detail: named ? "" : `${names[0]} does not appear in the letter.`,
    });
  }
  for (const memory of brief.memories) {
    const { found, missing } = mentions(letter, memory);
    checks.push({ kind: "memory", label: memory, ok: found, detail: found ? "" : `Not found: ${missing.join(", ")}` });
  }
  for (const item of items(brief.mustInclude, /\n|;|•/)) {
    const { found, missing } = mentions(letter, item);
    checks.push({ kind: "must-include", label: item, ok: found, detail: found ? "" : `Not found: ${missing.join(", ")}` });
  }
  for (const item of items(brief.mustAvoid, /\n|;|•|,/)) {
    const { found, words } = mentions(letter, item, INSTRUCTION_WORDS);
    const present = words.filter((w) => letter.has(w));
    checks.push({ kind: "must-avoid", label: item, ok: !found, detail: found ? `The letter mentions: ${present.join(", ")}` : "" });
  }
  for (const { written, meant } of misspeltNames(text, names)) {
    checks.push({ kind: "name-spelling", label: `“${written}” — did you mean ${meant}?`, ok: false, detail: `The brief spells it ${meant}.` });
  }
  return checks;
}

function items(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim().replace(/^[-*]\s*/, "").replace(/[.!]+$/, ""))
    .filter((s) => significantWords(s, INSTRUCTION_WORDS).length > 0);
}

/** Capitalised words close to, but not the same as, a part of the recipient's name. */
function misspeltNames(text: string, names: string[]) {
  const out = new Map<string, { written: string; meant: string }>();
  for (const [word] of text.matchAll(/\p{Lu}[\p{L}\p{M}]+/gu)) {
    const bare = word.replace(/[’']s$/, "");
    for (const name of names) {
      if (name.length < 4 || bare.toLowerCase() === name.toLowerCase()) continue;
      const allowed = name.length >= 6 ? 2 : 1;
      if (levenshtein(bare.toLowerCase(), name.toLowerCase()) <= allowed) out.set(bare, { written: bare, meant: name });
    }
  }
  return [...out.values()];
}

function levenshtein(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return Math.abs(a.length - b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
