import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";

/** Records who changed which collection, and how ("collection.add_letter", with the order's id). */
export async function auditCollection(tx: DbOrTx, actor: Actor, action: string, collectionId: string, detail?: Record<string, unknown>) {
  await tx.insert(auditLog).values({ actorId: actor.id, actorRole: actor.role, action, entityType: "collection", entityId: collectionId, detail });
}
