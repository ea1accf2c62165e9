import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";

/** Whether we email this person about their letters; they can only change their own setting. */
export async function setEmailNotifications(db: DbOrTx, actor: Actor, enabled: boolean): Promise<boolean> {
  await db.update(users).set({ emailNotifications: enabled }).where(eq(users.id, actor.id));
  return enabled;
}
