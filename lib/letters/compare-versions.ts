import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { diffVersions, type VersionDiff } from "./diff-versions";
import { listVersions } from "./list-versions";

/** The word-level changes from version `from` to version `to` of an order's letter. */
export async function compareVersions(
  db: DbOrTx,
  actor: Actor,
  orderId: string,
  from: number,
  to: number,
): Promise<VersionDiff & { from: number; to: number }> {
  const versions = await listVersions(db, actor, orderId);
  const before = versions.find((v) => v.number === from);
  const after = versions.find((v) => v.number === to);
  if (!before || !after) throw notFound("That version");
  return { ...diffVersions(before.body, after.body), from, to };
}
