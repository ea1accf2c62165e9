import { diffWords } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type VersionDiff = { parts: DiffPart[]; wordsAdded: number; wordsRemoved: number };

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A word-level comparison of two texts of a letter, in reading order, with counts of words changed. */
export function diffVersions(before: string, after: string): VersionDiff {
  const parts: DiffPart[] = diffWords(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
  const count = (kind: DiffPart["kind"]) => parts.filter((p) => p.kind === kind).reduce((n, p) => n + wordCount(p.text), 0);
  return { parts, wordsAdded: count("added"), wordsRemoved: count("removed") };
}
