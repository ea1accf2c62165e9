import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { verifyPassword } from "./password";
import { checkLimit, clearLimit, countAttempt } from "./rate-limit";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

export type AuthenticatedUser = { id: string; name: string; email: string; role: string };

/**
 * Checks an email and password. Unknown emails and wrong passwords get the same answer in about
 * the same time. Failures are counted per address and per account-from-this-address; past either
 * limit it throws a RATE_LIMITED AppError that says when to try again, even for the right password.
 */
export async function authenticate(db: Db, raw: unknown, clientAddress: string): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const pair = `${email} ${clientAddress}`;
  const refusal = (await checkLimit(db, "signInAddress", clientAddress)) ?? (await checkLimit(db, "signInAccount", pair));
  if (refusal) throw refusal;
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) {
    await countAttempt(db, "signInAddress", clientAddress);
    await countAttempt(db, "signInAccount", pair);
    return null;
  }
  await clearLimit(db, "signInAccount", pair);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
