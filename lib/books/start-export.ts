import { eq } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, collectionItems, collections, exports } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue-job";

/**
 * Creates a book export of a collection and queues its compilation on the job queue; the
 * collection page follows its progress. The job carries only the export's id.
 */
export async function startExport(db: DbOrTx, actor: Actor, collectionId: string) {
  if (!can(actor, "collection.manage")) throw notFound("That collection");
  const [collection] = await db.select({ id: collections.id }).from(collections).where(eq(collections.id, collectionId));
  if (!collection) throw notFound("That collection");
  const [item] = await db.select({ id: collectionItems.orderId }).from(collectionItems).where(eq(collectionItems.collectionId, collectionId)).limit(1);
  if (!item) throw new AppError("CONFLICT", "Add a letter to the collection before compiling it.");
  const [job] = await db.insert(exports).values({ collectionId, createdById: actor.id }).returning();
  await db.insert(auditLog).values({
    actorId: actor.id,
    actorRole: actor.role,
    action: "collection.export",
    entityType: "collection",
    entityId: collectionId,
    detail: { exportId: job.id },
  });
  await enqueueJob(db, "book.compile", { exportId: job.id });
  return job;
}
