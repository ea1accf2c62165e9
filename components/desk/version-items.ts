import type { VersionSummary } from "@/lib/letters/list-versions";

export type VersionItem = Omit<VersionSummary, "id" | "body">;

/** What the browser needs to list versions: everything but the texts, which stay on the server. */
export function toVersionItems(versions: VersionSummary[]): VersionItem[] {
  return versions.map(({ number, authorKind, authorName, note, createdAt }) => ({ number, authorKind, authorName, note, createdAt }));
}
