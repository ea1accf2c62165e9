import type { Order } from "@/lib/db/schema";
import type { FactCheck } from "./fact-kinds";
import { lengthCheck } from "./length-check";
import { mentions } from "./mentions";
import { isHonorific, shortFormIn } from "./names";
import { clauses, significantWords } from "./significant-words";
import { ageTurning, statedCounts } from "./stated-counts";

export type { FactCheck, FactKind } from "./fact-kinds";

type Brief = Pick<Order, "memories" | "mustInclude" | "mustAvoid" | "occasion"> & Partial<Pick<Order, "length">>;

export type FactContext = {
  brief: Brief;
  recipientName: string;
  /** The brief's proper names (places, people, pets): never taken for a misspelt recipient name. */
  names?: readonly string[];
  /** The recipient's birthday from the address book (YYYY-MM-DD), and the day the letter is for. */
  birthday?: string | null;
  on?: string;
};

// Words that say how to treat a subject, not what it is: "please don't mention the divorce".
const INSTRUCTION_WORDS = new Set(["mention", "mentioning", "avoid", "talk", "talking", "discuss", "bring", "refer", "reference", "please", "don't", "dont", "any", "anything"]);

/**
 * Checks a letter against its brief: the recipient is named (by name, not by title alone; a short
 * form such as "Maggie" asks), every memory and must-include item is there and not negated, nothing
 * from the must-avoid list is, ages and years match the brief and the address book's birthday, and
 * the letter is within the ordered length.
 */
export function checkFacts(text: string, { brief, recipientName, names = [], birthday, on = today() }: FactContext): FactCheck[] {
  const letter = clauses(text);
  const words = new Set((text.match(/\p{L}[\p{L}\p{M}]*/gu) ?? []).map((w) => w.toLowerCase()));
  const checks: FactCheck[] = [];
  const nameParts = recipientName.split(/\s+/).filter((n) => n.replace(/\.$/, "").length > 1 && !isHonorific(n));
  if (nameParts.length > 0) checks.push(recipientCheck(recipientName, nameParts, words));
  for (const memory of brief.memories) checks.push(coverage("memory", memory, letter));
  for (const item of items(brief.mustInclude, /\n|;|•/)) checks.push(coverage("must-include", item, letter));
  for (const item of items(brief.mustAvoid, /\n|;|•|,/)) {
    const { found, present } = mentions(letter, item, INSTRUCTION_WORDS);
    checks.push({ kind: "must-avoid", label: item, ok: !found, detail: found ? `The letter mentions: ${present.join(", ")}` : "" });
  }
  const trusted = new Set(names.map((n) => n.toLowerCase()));
  for (const { written, meant } of misspeltNames(text, nameParts, trusted)) {
    checks.push({ kind: "name-spelling", label: `“${written}” — did you mean ${meant}?`, ok: false, detail: `The brief spells it ${meant}.` });
  }
  checks.push(...countChecks(text, brief, birthday, on));
  if (brief.length) checks.push(lengthCheck(text, brief.length));
  return checks;
}

function recipientCheck(recipientName: string, parts: string[], words: ReadonlySet<string>): FactCheck {
  const label = `${recipientName} is named`;
  if (parts.some((n) => words.has(n.toLowerCase()))) return { kind: "recipient", label, ok: true, detail: "" };
  const short = shortFormIn(words, parts[0]);
  if (short) {
    const called = short[0].toUpperCase() + short.slice(1);
    return { kind: "recipient", label, ok: false, detail: `The letter calls them ${called}; the brief says ${parts[0]}. Keep it only if that is what the client calls them.` };
  }
  return { kind: "recipient", label, ok: false, detail: `${parts[0]} does not appear in the letter.` };
}

function coverage(kind: "memory" | "must-include", phrase: string, letter: ReturnType<typeof clauses>): FactCheck {
  const { found, missing, negatedIn } = mentions(letter, phrase);
  if (!found) return { kind, label: phrase, ok: false, detail: `Not found: ${missing.join(", ")}` };
  if (negatedIn) return { kind, label: phrase, ok: false, detail: `The letter says it did not happen: “${negatedIn.trim()}”` };
  return { kind, label: phrase, ok: true, detail: "" };
}

/** Ages and years in the letter that disagree with the brief, or with the birthday on a birthday letter. */
function countChecks(text: string, brief: Brief, birthday: string | null | undefined, on: string): FactCheck[] {
  const stated = statedCounts([...brief.memories, brief.mustInclude].join("\n"));
  const expected = {
    age: new Set(stated.filter((c) => c.kind === "age").map((c) => c.value)),
    years: new Set(stated.filter((c) => c.kind === "years").map((c) => c.value)),
  };
  const sources = { age: "The brief says", years: "The brief says" };
  if (birthday && brief.occasion === "birthday" && expected.age.size === 0) {
    expected.age.add(ageTurning(birthday, on));
    sources.age = `The address book's birthday (${birthday}) makes it`;
  }
  return statedCounts(text)
    .filter((c) => expected[c.kind].size > 0 && !expected[c.kind].has(c.value))
    .map((c) => ({
      kind: "number" as const,
      label: `“${c.text}” — check the ${c.kind === "age" ? "age" : "years"}`,
      ok: false,
      detail: `${sources[c.kind]} ${[...expected[c.kind]].join(" or ")}.`,
    }));
}

function items(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim().replace(/^[-*]\s*/, "").replace(/[.!]+$/, ""))
    .filter((s) => significantWords(s, INSTRUCTION_WORDS).length > 0);
}

/** Capitalised words close to, but not the same as, a part of the recipient's name (never a name the brief gives). */
function misspeltNames(text: string, names: string[], trusted: ReadonlySet<string>) {
  const out = new Map<string, { written: string; meant: string }>();
  for (const [word] of text.matchAll(/\p{Lu}[\p{L}\p{M}]+/gu)) {
    const bare = word.replace(/[’']s$/, "");
    if (trusted.has(bare.toLowerCase())) continue;
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

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
