import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { retireTokens, tokenIsLive, useToken } from "./account-tokens";

/**
 * Uses up a confirmation link for this user's account and marks the address confirmed; false when
 * the link is expired, used, or another account's (then nothing changes). Called only after the
 * password was checked, so the link alone never opens an account: whoever signed up first cannot
 * have their password adopted by the address's owner clicking the link (pre-registration takeover).
 */
export async function confirmEmail(db: Db, userId: string, token: string): Promise<boolean> {
  try {
    return await db.transaction(async (tx) => {
      const used = await useToken(tx, token, "email_verification");
      if (used?.userId !== userId) throw new NotThisAccount();
      await tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, userId));
      await retireTokens(tx, userId, "email_verification");
      return true;
    });
  } catch (error) {
    if (error instanceof NotThisAccount) return false; // rolled back: the token stays as it was
    throw error;
  }
}

class NotThisAccount extends Error {}

/** The address a confirmation link is for, while the link still works (the link's page shows it). */
export async function confirmationLinkEmail(db: Db, token: unknown): Promise<string | null> {
  if (typeof token !== "string" || token.length > 200) return null;
  const live = await tokenIsLive(db, token, "email_verification");
  if (!live) return null;
  const [owner] = await db.select({ email: users.email }).from(users).where(eq(users.id, live.userId));
  return owner?.email ?? null;
}
