import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { endEverySession } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { issueToken, retireTokens, useToken } from "./account-tokens";
import { confirmCurrentPassword } from "./confirm-current-password";
import { recordAccountEvent } from "./record-account-event";
import { emailSchema } from "./sign-up-schema";

export const changeEmailSchema = z.strictObject({
  newEmail: emailSchema,
  currentPassword: z.string().min(1, "Enter your current password.").max(200, "Please use at most 200 characters."),
});

export const EXPIRED_EMAIL_LINK = "This link has expired or was already used. Ask for a new one on your account page.";

/**
 * Sends a confirmation link to the new address; nothing changes until it is opened. If another
 * account already uses that address, its owner is told instead, and the answer here is the same,
 * so the form cannot be used to find out who has an account.
 */
export async function requestEmailChange(
  db: Db,
  actor: Actor,
  input: z.output<typeof changeEmailSchema>,
  origin: string,
  clientAddress: string,
): Promise<string> {
  await confirmCurrentPassword(db, actor, input.currentPassword, clientAddress);
  if (input.newEmail === actor.email) {
    throw new AppError("INVALID", "Please check the highlighted fields.", { newEmail: ["That is already your address."] });
  }
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.newEmail));
  if (taken) {
    await sendMail(db, {
      to: input.newEmail,
      subject: "Someone tried to use this address",
      text: "Someone asked to move another Beautiful Handwritten Letters account to this email address, which already has an account. Nothing was changed. If it was you, sign in with this address instead.",
    });
  } else {
    const token = await issueToken(db, actor.id, "email_change", input.newEmail);
    await sendMail(db, {
      to: input.newEmail,
      subject: "Confirm your new email address",
      text: `Hello ${actor.name},\n\nTo use this address for your Beautiful Handwritten Letters account, open this link within 24 hours:\n\n${origin}/account/email?token=${token}\n\nIf you did not ask for this, ignore this email and nothing will change.`,
    });
  }
  return `We sent a link to ${input.newEmail}. Your address changes when you open it (within 24 hours).`;
}

/**
 * Opens the emailed link: the address changes and every session ends, except the browser
 * confirming it when that is the same person signed in.
 */
export async function confirmEmailChange(db: Db, token: string, actor: Actor | null): Promise<{ email: string }> {
  return db.transaction(async (tx) => {
    const used = await useToken(tx, token, "email_change");
    if (!used?.newEmail) throw new AppError("INVALID", EXPIRED_EMAIL_LINK);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, used.newEmail));
    if (taken) throw new AppError("CONFLICT", "Another account now uses that address, so yours was not changed.");
    const [before] = await tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, used.userId));
    const [user] = await tx.update(users).set({ email: used.newEmail, emailVerifiedAt: new Date() }).where(eq(users.id, used.userId)).returning({ id: users.id, role: users.role });
    await retireTokens(tx, user.id, "email_change");
    await endEverySession(tx, user.id, actor?.id === user.id ? actor.sessionId : undefined);
    await recordAccountEvent(tx, user, "email_changed");
    await sendMail(tx, {
      to: before.email,
      subject: "Your email address was changed",
      text: `Hello ${before.name},\n\nYour Beautiful Handwritten Letters account now uses a different email address, and every other device was signed out. If this was not you, reply to this email at once.`,
    });
    return { email: used.newEmail };
  });
}
