import { and, eq, isNull, lt, or } from "drizzle-orm";
import { checkLimit, countAttempt } from "@/lib/auth/rate-limit";
import { acceptedTotpStep, hashRecoveryCode, normaliseCode, openTotpSecret } from "@/lib/auth/totp";
import type { Db } from "@/lib/db/client";
import { totpRecoveryCodes, users } from "@/lib/db/schema";

/**
 * Checks a code from the authenticator app (or one recovery code, used up) for an account with
 * two-step sign-in on. Wrong codes count per account (from anywhere, so spreading guesses over
 * addresses does not help) and against `pair`, the account-from-this-address sign-in limit; past
 * the account's limit it throws a RATE_LIMITED AppError saying when to try again.
 */
export async function verifySecondFactor(db: Db, userId: string, rawCode: string, pair: string): Promise<boolean> {
  const refusal = await checkLimit(db, "twoStepAccount", userId);
  if (refusal) throw refusal;
  if (await codeWorks(db, userId, normaliseCode(rawCode))) return true;
  await countAttempt(db, "twoStepAccount", userId);
  await countAttempt(db, "signInAccount", pair);
  return false;
}

async function codeWorks(db: Db, userId: string, code: string): Promise<boolean> {
  if (/^\d{6}$/.test(code)) {
    const [user] = await db.select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep }).from(users).where(eq(users.id, userId));
    if (!user?.secret || !user.enabledAt) return false;
    const step = acceptedTotpStep(openTotpSecret(user.secret), code, user.lastStep);
    if (step === null) return false;
    // Taking the step only if it is still newer makes two sign-ins racing with one code end in one.
    const taken = await db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    return taken.length > 0;
  }
  if (code.length < 8 || code.length > 20) return false;
  const used = await db
    .update(totpRecoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(totpRecoveryCodes.userId, userId), eq(totpRecoveryCodes.codeHash, hashRecoveryCode(code)), isNull(totpRecoveryCodes.usedAt)))
    .returning({ id: totpRecoveryCodes.id });
  return used.length > 0;
}
