import { diffArrays } from "diff";
import type { LetterVersion } from "@/lib/db/schema";

/**
 * The share of the final letter's words that were written by AI, 0..1 (null for an empty letter).
 *
 * The measure: walk the versions in order, keeping for every word of the current text the kind of
 * author whose version first put it there. Words a version keeps (by a word-level diff against the
 * version before) keep their author; words it adds belong to that version's author. The share is
 * the final text's AI words over all its words. So an AI draft the writer then rewrites counts as
 * the writer's where words changed, and a restored version counts as written by whoever restored it.
 */
export function computeAiShare(versions: readonly Pick<LetterVersion, "number" | "body" | "authorKind">[]): number | null {
  let words: string[] = [];
  let authors: LetterVersion["authorKind"][] = [];
  for (const version of [...versions].sort((a, b) => a.number - b.number)) {
    const next = version.body.split(/\s+/).filter(Boolean);
    const nextAuthors: LetterVersion["authorKind"][] = [];
    let i = 0; // position in the previous text
    for (const change of diffArrays(words, next)) {
      if (change.removed) i += change.count;
      else if (change.added) nextAuthors.push(...change.value.map(() => version.authorKind));
      else {
        nextAuthors.push(...authors.slice(i, i + change.count));
        i += change.count;
      }
    }
    words = next;
    authors = nextAuthors;
  }
  if (authors.length === 0) return null;
  return authors.filter((a) => a === "ai").length / authors.length;
}
