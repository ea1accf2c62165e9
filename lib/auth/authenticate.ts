import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { confirmEmail } from "@/lib/accounts/confirm-email";
import { verifySecondFactor } from "@/lib/accounts/verify-second-factor";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "./password";
import { checkLimit, clearLimit, countAttempt } from "./rate-limit";
import { CODE_NEEDED, CODE_WRONG, EMAIL_NOT_CONFIRMED, EXPIRED_CONFIRM_LINK } from "./sign-in-messages";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
  // The token of the emailed confirmation link, when signing in from it (see /verify-email).
  verifyToken: z.string().min(1).max(200).optional().catch(undefined),
  // The second step for accounts with two-step sign-in: an authenticator code or a recovery code.
  code: z.string().trim().min(1).max(40).optional().catch(undefined),
});

export type AuthenticatedUser = { id: string; name: string; email: string; role: string };

/**
 * Checks an email and password. Unknown emails and wrong passwords get the same answer in about
 * the same time. Failures are counted per address and per account-from-this-address; past either
 * limit it throws a RATE_LIMITED AppError that says when to try again, even for the right password.
 * An account whose address is not confirmed yet signs in only with its confirmation link's token;
 * without it, the right password gets an UNAUTHENTICATED AppError saying so (a wrong one learns nothing).
 * With two-step sign-in on, the right password without a code asks for one (CODE_NEEDED), and a
 * wrong code counts like a wrong password; the failure count is cleared only when both are right.
 */
export async function authenticate(db: Db, raw: unknown, clientAddress: string): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password, verifyToken, code } = parsed.data;
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
  if (!user.emailVerifiedAt) {
    if (!verifyToken) throw new AppError("UNAUTHENTICATED", EMAIL_NOT_CONFIRMED);
    if (!(await confirmEmail(db, user.id, verifyToken))) throw new AppError("UNAUTHENTICATED", EXPIRED_CONFIRM_LINK);
  }
  if (user.totpEnabledAt) {
    if (!code) throw new AppError("UNAUTHENTICATED", CODE_NEEDED);
    if (!(await verifySecondFactor(db, user.id, code, pair))) throw new AppError("UNAUTHENTICATED", CODE_WRONG);
  }
  await clearLimit(db, "signInAccount", pair);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
