import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { kindsFor, notificationChannels, type NotificationChannel } from "@/lib/notifications/staff-kinds";

/**
 * Saves which notifications a writer or editor keeps, from the boxes left ticked ("kind.channel").
 * Only the kinds of their own role count; the rest of what was sent is ignored.
 */
export async function setStaffNotifications(db: DbOrTx, actor: Actor, kept: readonly string[]): Promise<string[]> {
  const all = kindsFor(actor.role).flatMap((kind) => (Object.keys(notificationChannels) as NotificationChannel[]).map((c) => `${kind}.${c}`));
  const off = all.filter((key) => !kept.includes(key));
  await db.update(users).set({ notificationsOff: off }).where(eq(users.id, actor.id));
  return off;
}
