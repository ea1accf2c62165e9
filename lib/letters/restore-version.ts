import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders, type LetterVersion } from "@/lib/db/schema";
import { workspaceScope } from "@/lib/desk/workspace-scope";
import { notFound } from "@/lib/errors";
import { saveVersion } from "./save-version";

/**
 * Brings back an earlier version's text as a new version on top of the history (nothing is
 * overwritten), with the same optimistic check as any save.
 */
export async function restoreVersion(
  db: DbOrTx,
  actor: Actor,
  orderId: string,
  input: { number: number; baseNumber: number },
): Promise<LetterVersion> {
  const [old] = await db
    .select({ body: letterVersions.body })
    .from(letterVersions)
    .innerJoin(orders, eq(orders.id, letterVersions.orderId))
    .where(and(eq(letterVersions.orderId, orderId), eq(letterVersions.number, input.number), workspaceScope(actor)));
  if (!old) throw notFound("That version");
  return saveVersion(db, actor, orderId, {
    body: old.body,
    baseNumber: input.baseNumber,
    note: `Restored from version ${input.number}`,
  });
}
