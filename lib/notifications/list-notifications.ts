import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { notifications } from "@/lib/db/schema";

/** The person's own latest notifications, newest first. */
export async function listNotifications(db: DbOrTx, actor: Actor, limit = 50) {
  return db
    .select({ id: notifications.id, kind: notifications.kind, orderId: notifications.orderId, message: notifications.message, readAt: notifications.readAt, createdAt: notifications.createdAt })
    .from(notifications)
    .where(eq(notifications.userId, actor.id))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

/** How many are unread, for the count beside "Notifications" (answered from a partial index). */
export async function countUnread(db: DbOrTx, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks every one of the person's notifications read. */
export async function markAllRead(db: DbOrTx, actor: Actor): Promise<void> {
  await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
}
