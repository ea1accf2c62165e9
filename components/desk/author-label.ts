import type { LetterVersion } from "@/lib/db/schema";

/** Who or what wrote a version, as people read it: "Writer · Wren Ashdown", "AI draft", "Editor · Esme Clarke". */
export function authorLabel(v: { authorKind: LetterVersion["authorKind"]; authorName: string | null }): string {
  const kind = { writer: "Writer", ai: "AI draft", editor: "Editor", system: "System" }[v.authorKind];
  return v.authorName ? `${kind} · ${v.authorName}` : kind;
}
