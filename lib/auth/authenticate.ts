import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { clearFailures, isThrottled, recordFailure } from "./rate-limit";
import { verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

export type AuthenticatedUser = { id: string; name: string; email: string; role: string; sessionVersion: number };

/**
 * Checks an email and password. Unknown emails and wrong passwords get the same answer in about
 * the same time; repeated failures per account and per address are throttled.
 */
export async function authenticate(
  db: Db,
  raw: unknown,
  clientAddress: string,
): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = [`email:${email}`, `ip:${clientAddress}`];
  if (await isThrottled(db, keys)) return null;
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) {
    await recordFailure(db, keys);
    return null;
  }
  await clearFailures(db, [`email:${email}`]);
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
