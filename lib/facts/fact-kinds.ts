/** What a line of the fact check is about, and the prefix the writer and editor see before it. */
export const factPrefixes = {
  recipient: "Name:",
  memory: "Memory:",
  "must-include": "Must include:",
  "must-avoid": "Must avoid:",
  "name-spelling": "Name spelling:",
  number: "Age or years:",
  length: "Length:",
} as const;
export type FactKind = keyof typeof factPrefixes;

/** One line of the fact check; `ok` is always the good outcome (covered, or absent when it must be avoided). */
export type FactCheck = { kind: FactKind; label: string; ok: boolean; detail: string };
