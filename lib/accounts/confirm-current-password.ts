import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import { verifyPassword } from "@/lib/auth/password";
import { checkLimit, countAttempt } from "@/lib/auth/rate-limit";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

/**
 * Account changes ask for the current password, so a borrowed or stolen session cannot take the
 * account over. Wrong guesses count against the same limit as signing in from this address.
 */
export async function confirmCurrentPassword(db: Db, actor: Actor, password: string, clientAddress: string): Promise<void> {
  const pair = `${actor.email} ${clientAddress}`;
  const refusal = await checkLimit(db, "signInAccount", pair);
  if (refusal) throw refusal;
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!(await verifyPassword(user?.passwordHash, password))) {
    await countAttempt(db, "signInAccount", pair);
    throw new AppError("INVALID", "Please check the highlighted fields.", { currentPassword: ["That is not your current password."] });
  }
}
