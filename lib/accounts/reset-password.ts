import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { checkLimit, consumeLimit, countAttempt } from "@/lib/auth/rate-limit";
import { endEverySession } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { issueToken, retireTokens, TOKEN_MINUTES, useToken } from "./account-tokens";
import { recordAccountEvent } from "./record-account-event";
import { emailSchema, newPasswordSchema } from "./sign-up-schema";

export const forgotPasswordSchema = z.strictObject({ email: emailSchema });
export const resetPasswordSchema = z.strictObject({
  token: z.string().min(1, "This link is incomplete. Open the link from the email again.").max(200),
  newPassword: newPasswordSchema,
});

export const RESET_SENT = `If an account uses that address, we have emailed it a link to choose a new password. The link works once, for ${TOKEN_MINUTES.password_reset} minutes.`;
export const EXPIRED_RESET_LINK = "This link has expired or was already used. Ask for a new one below.";

/** Emails a reset link when the address has an account; the answer is the same either way. */
export async function requestPasswordReset(db: Db, email: string, origin: string, clientAddress: string): Promise<string> {
  await consumeLimit(db, "resetAddress", clientAddress);
  const [user] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email));
  // Past the per-account limit nothing is sent, silently: saying so would reveal the account.
  if (!user || (await checkLimit(db, "resetAccount", user.id))) return RESET_SENT;
  await countAttempt(db, "resetAccount", user.id);
  const token = await issueToken(db, user.id, "password_reset");
  await sendMail(db, {
    to: email,
    subject: "Choose a new password",
    text: `Hello ${user.name},\n\nTo choose a new password for your Beautiful Handwritten Letters account, open this link within ${TOKEN_MINUTES.password_reset} minutes. It works once.\n\n${origin}/reset-password?token=${token}\n\nIf you did not ask for this, ignore this email: your password stays as it is.`,
  });
  return RESET_SENT;
}

/** Sets the new password, uses the link up, confirms the address, and ends every session of the account. */
export async function resetPassword(db: Db, input: z.output<typeof resetPasswordSchema>): Promise<void> {
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const used = await useToken(tx, input.token, "password_reset");
    if (!used) throw new AppError("INVALID", EXPIRED_RESET_LINK);
    // The link came to the address, which proves it: an unconfirmed account is confirmed too.
    const [user] = await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(eq(users.id, used.userId))
      .returning({ id: users.id, role: users.role });
    await retireTokens(tx, user.id, "password_reset");
    await endEverySession(tx, user.id);
    await recordAccountEvent(tx, user, "password_reset");
  });
}
