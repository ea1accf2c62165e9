// Single-use, expiring links sent by email (password reset, email change, confirming a new account). The token travels only
// in the email; the database keeps its SHA-256, so reading the table does not let anyone use one.
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { accountTokens } from "@/lib/db/schema";

export type TokenPurpose = (typeof accountTokens.$inferSelect)["purpose"];

export const TOKEN_MINUTES: Record<TokenPurpose, number> = { password_reset: 60, email_change: 24 * 60, email_verification: 24 * 60 };

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

export async function issueToken(db: DbOrTx, userId: string, purpose: TokenPurpose, newEmail?: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(accountTokens).values({
    userId,
    purpose,
    tokenHash: digest(token),
    newEmail: newEmail ?? null,
    expiresAt: sql`now() + make_interval(mins => ${TOKEN_MINUTES[purpose]})`,
  });
  return token;
}

/** Uses a token up, atomically: a second use, or a use after it expired, finds nothing. */
export async function useToken(db: DbOrTx, token: string, purpose: TokenPurpose) {
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(accountTokens.tokenHash, digest(token)),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: accountTokens.userId, newEmail: accountTokens.newEmail });
  return row ?? null;
}

/** Whether a token would still work, and whose it is (the reset and confirm pages ask before showing their form). */
export async function tokenIsLive(db: DbOrTx, token: string, purpose: TokenPurpose): Promise<{ userId: string } | null> {
  const [row] = await db
    .select({ userId: accountTokens.userId })
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, digest(token)), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`)));
  return row ?? null;
}

/** Once one link has worked, the user's other links for the same purpose stop working too. */
export async function retireTokens(db: DbOrTx, userId: string, purpose: TokenPurpose): Promise<void> {
  await db
    .update(accountTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
}
