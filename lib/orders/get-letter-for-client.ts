import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, letterVersions, type LetterVersion, type OrderStatus } from "@/lib/db/schema";
import { getOrderForActor } from "./get-order-for-actor";

/** From the moment the editor sends the letter, the client reads it; drafts before that stay with the writer. */
export const clientReadableStatuses: readonly OrderStatus[] = ["with_client", "approved", "printed", "mailed", "delivered"];

/** After "Request changes" the client keeps the letter they commented on until the revision replaces it. */
const withWriterStatuses: readonly OrderStatus[] = ["revision_requested", "drafting", "in_review"];

export type ClientLetter = {
  /** The version the client reads: the last one the editor sent them. */
  letter: LetterVersion;
  /** Back with the writer for changes: shown, marked so, and no longer open to comments. */
  withWriter: boolean;
  /** The version sent before this one, when this is a revision: what changed is shown against it. */
  previous: LetterVersion | null;
};

/**
 * The letter as the client may see it, or null before any version was sent to them. Drafts the
 * writer saves after a send stay hidden: a sent version is the newest one saved by the time the
 * editor sent it (read from the audit log, so no draft ever leaks).
 */
export async function getClientLetter(db: DbOrTx, actor: Actor, orderId: string): Promise<ClientLetter | null> {
  const order = await getOrderForActor(db, actor, orderId);
  const withWriter = withWriterStatuses.includes(order.status);
  if (!withWriter && !clientReadableStatuses.includes(order.status)) return null;
  const [sends, versions] = await Promise.all([
    db
      .select({ at: auditLog.createdAt })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "order"), eq(auditLog.entityId, order.id), eq(auditLog.action, "order.send_to_client")))
      .orderBy(asc(auditLog.id)),
    db
      .select({ id: letterVersions.id, createdAt: letterVersions.createdAt })
      .from(letterVersions)
      .where(eq(letterVersions.orderId, order.id))
      .orderBy(asc(letterVersions.number)),
  ]);
  const sent = [...new Set(sends.map((s) => versions.findLast((v) => v.createdAt <= s.at)?.id).filter((id) => id !== undefined))];
  // Orders moved on without a recorded send (imported data) show their latest version once readable.
  if (sent.length === 0 && !withWriter && versions.length > 0) sent.push(versions[versions.length - 1].id);
  const [currentId, previousId] = sent.slice(-2).reverse();
  if (!currentId) return null;
  const rows = await db
    .select()
    .from(letterVersions)
    .where(inArray(letterVersions.id, previousId ? [currentId, previousId] : [currentId]));
  const letter = rows.find((r) => r.id === currentId)!;
  return { letter, withWriter, previous: rows.find((r) => r.id === previousId) ?? null };
}

/** The version the client is reading (and may quote), or null when there is none for them. */
export async function getLetterForClient(db: DbOrTx, actor: Actor, orderId: string): Promise<LetterVersion | null> {
  return (await getClientLetter(db, actor, orderId))?.letter ?? null;
}
