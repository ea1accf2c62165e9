import { eq, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { checkLimit, consumeLimit, countAttempt } from "@/lib/auth/rate-limit";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { sendMail } from "@/lib/mail/send-mail";
import { issueToken, TOKEN_MINUTES } from "./account-tokens";
import type { SignUpInput } from "./sign-up-schema";

type Owner = { id: string; name: string; email: string; emailVerifiedAt: Date | null };

/**
 * Starts a client account, answering the same whether or not the address already has one: the
 * difference goes only to that address, by email. A new address gets an unconfirmed account and a
 * link to confirm it; a known one is told someone tried (with a link to choose a new password).
 * Both ways run the same statements in the same order (one upsert, one token, one email), so
 * neither the answer nor the database work shows which it was. Everyone who signs up is a client.
 */
export async function signUp(db: Db, input: SignUpInput, origin: string, clientAddress: string): Promise<void> {
  // Every attempt counts, so one address cannot create accounts (or send emails) in bulk.
  await consumeLimit(db, "signUpAddress", clientAddress);
  const passwordHash = await hashPassword(input.password);
  // A known address keeps its name and password: the upsert only returns the row. An unconfirmed
  // account keeps them too, so a stranger cannot replace the password its owner chose.
  const [owner] = await db
    .insert(users)
    .values({ name: input.name, email: input.email, passwordHash, role: "client" })
    .onConflictDoUpdate({ target: users.email, set: { email: sql`excluded.email` } })
    .returning({ id: users.id, name: users.name, email: users.email, emailVerifiedAt: users.emailVerifiedAt });
  await mailAboutSignUp(db, owner, origin);
}

/**
 * The sign-up email: the confirmation link for an unconfirmed account, otherwise "someone tried
 * to sign up with your address". Past the per-account limit nothing is sent, silently.
 */
export async function mailAboutSignUp(db: Db, owner: Owner, origin: string): Promise<void> {
  if (await checkLimit(db, "signUpAccount", owner.id)) return;
  await countAttempt(db, "signUpAccount", owner.id);
  if (!owner.emailVerifiedAt) {
    const token = await issueToken(db, owner.id, "email_verification");
    await sendMail(db, {
      to: owner.email,
      subject: "Confirm your email address",
      text: `Hello ${owner.name},\n\nTo finish creating your Beautiful Handwritten Letters account, open this link within 24 hours and sign in with the password you chose. It works once.\n\n${origin}/verify-email?token=${token}\n\nIf you did not sign up, ignore this email: no account is opened without this link.`,
    });
    return;
  }
  const token = await issueToken(db, owner.id, "password_reset");
  await sendMail(db, {
    to: owner.email,
    subject: "Someone tried to sign up with your address",
    text: `Hello ${owner.name},\n\nSomeone tried to create a new Beautiful Handwritten Letters account with this email address, which already has one. Nothing was changed.\n\nIf it was you, sign in instead: ${origin}/sign-in\n\nForgotten your password? Choose a new one with this link within ${TOKEN_MINUTES.password_reset} minutes (it works once): ${origin}/reset-password?token=${token}\n\nIf it was not you, ignore this email: your account stays as it is.`,
  });
}

export const RESEND_SENT = "If that account is waiting for its email address to be confirmed, we have emailed it a new link.";

/** "Send the link again" from the sign-in form: the answer is the same for every address. */
export async function resendConfirmation(db: Db, email: string, origin: string, clientAddress: string): Promise<string> {
  await consumeLimit(db, "resendAddress", clientAddress);
  const [owner] = await db
    .select({ id: users.id, name: users.name, email: users.email, emailVerifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.email, email));
  if (owner && !owner.emailVerifiedAt) await mailAboutSignUp(db, owner, origin);
  return RESEND_SENT;
}
