import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { endEverySession } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { sendMail } from "@/lib/mail/send-mail";
import { confirmCurrentPassword } from "./confirm-current-password";
import { recordAccountEvent } from "./record-account-event";
import { newPasswordSchema } from "./sign-up-schema";

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, "Enter your current password.").max(200, "Please use at most 200 characters."),
  newPassword: newPasswordSchema,
});

/** A new password ends every other session at once; this browser stays signed in. */
export async function changePassword(db: Db, actor: Actor, input: z.output<typeof changePasswordSchema>, clientAddress: string): Promise<void> {
  await confirmCurrentPassword(db, actor, input.currentPassword, clientAddress);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.id));
    await endEverySession(tx, actor.id, actor.sessionId);
    await recordAccountEvent(tx, actor, "password_changed");
    await sendMail(tx, {
      to: actor.email,
      subject: "Your password was changed",
      text: `Hello ${actor.name},\n\nThe password of your Beautiful Handwritten Letters account was just changed, and every other device was signed out.\n\nIf this was not you, use "Forgot your password?" on the sign-in page to choose a new one at once.`,
    });
  });
}
