import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

/** The signed-in person's own settings; never the password hash. */
export async function getAccountSettings(db: DbOrTx, actor: Actor) {
  const [row] = await db
    .select({ name: users.name, email: users.email, emailNotifications: users.emailNotifications, returnAddress: users.returnAddress, notificationsOff: users.notificationsOff })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!row) throw notFound("That account");
  return row;
}
