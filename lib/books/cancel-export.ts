import { and, eq, inArray } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, exports } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

/**
 * Cancels an export that has not finished. A compile already under way runs to its end, but its
 * files are not kept (the job checks before storing); the previous export stays as it is.
 */
export async function cancelExport(db: DbOrTx, actor: Actor, collectionId: string, exportId: string): Promise<void> {
  if (!can(actor, "collection.manage")) throw notFound("That export");
  const [cancelled] = await db
    .update(exports)
    .set({ status: "cancelled", finishedAt: new Date() })
    .where(and(eq(exports.id, exportId), eq(exports.collectionId, collectionId), inArray(exports.status, ["queued", "running"])))
    .returning({ id: exports.id });
  if (!cancelled) throw notFound("That export");
  await db.insert(auditLog).values({
    actorId: actor.id,
    actorRole: actor.role,
    action: "collection.export_cancel",
    entityType: "collection",
    entityId: collectionId,
    detail: { exportId },
  });
}
