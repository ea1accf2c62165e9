// Two-step sign-in for staff: set up with an authenticator app (QR code + a first code), turned
// off or given new recovery codes only with the password and a code. Each change ends every other
// session, like a password change, and the account's address is told.
import { and, count, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { staffRoles, type Actor } from "@/lib/auth/permissions";
import { endEverySession } from "@/lib/auth/sessions";
import { acceptedTotpStep, hashRecoveryCode, newRecoveryCodes, newTotpSecret, openTotpSecret, sealTotpSecret, totpQrDataUrl } from "@/lib/auth/totp";
import type { Db, DbOrTx } from "@/lib/db/client";
import { totpRecoveryCodes, users } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { confirmCurrentPassword } from "./confirm-current-password";
import { recordAccountEvent } from "./record-account-event";
import { verifySecondFactor } from "./verify-second-factor";

const codeField = z.string().trim().min(1, "Enter a code.").max(40, "That is longer than any code.");
export const confirmTwoStepSchema = z.strictObject({ code: codeField });
export const twoStepChangeSchema = z.strictObject({
  currentPassword: z.string().min(1, "Enter your current password.").max(200, "Please use at most 200 characters."),
  code: codeField,
});

export type TwoStepStatus =
  | { state: "off" }
  | { state: "setting-up"; secret: string; qr: string }
  | { state: "on"; since: Date; recoveryCodesLeft: number };

function assertStaff(actor: Actor) {
  if (!staffRoles.includes(actor.role)) throw notFound("That page");
}

/** What the account page shows: off, half set up (with the QR code to scan), or on. */
export async function getTwoStepStatus(db: DbOrTx, actor: Actor): Promise<TwoStepStatus> {
  const [user] = await db.select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, actor.id));
  if (!user?.secret) return { state: "off" };
  if (!user.enabledAt) {
    const secret = openTotpSecret(user.secret);
    return { state: "setting-up", secret, qr: await totpQrDataUrl(secret, actor.email) };
  }
  const [left] = await db
    .select({ n: count() })
    .from(totpRecoveryCodes)
    .where(and(eq(totpRecoveryCodes.userId, actor.id), isNull(totpRecoveryCodes.usedAt)));
  return { state: "on", since: user.enabledAt, recoveryCodesLeft: left.n };
}

/** Starts (or starts again) setting up: a new secret, not in force until a code from it is confirmed. */
export async function startTwoStepSetup(db: Db, actor: Actor): Promise<void> {
  assertStaff(actor);
  const [user] = await db
    .update(users)
    .set({ totpSecret: sealTotpSecret(newTotpSecret()), totpLastStep: null })
    .where(and(eq(users.id, actor.id), isNull(users.totpEnabledAt)))
    .returning({ id: users.id });
  if (!user) throw new AppError("CONFLICT", "Two-step sign-in is already on.");
}

/** The first code from the app turns it on; returns the recovery codes, shown this once. */
export async function confirmTwoStepSetup(db: Db, actor: Actor, input: z.output<typeof confirmTwoStepSchema>): Promise<string[]> {
  assertStaff(actor);
  const [user] = await db.select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, actor.id));
  if (!user?.secret || user.enabledAt) throw new AppError("CONFLICT", "Start setting up two-step sign-in again.");
  const step = acceptedTotpStep(openTotpSecret(user.secret), input.code.replace(/\s+/g, ""), null);
  if (step === null) {
    throw new AppError("INVALID", "Please check the highlighted fields.", { code: ["That code does not match. Enter the 6-digit code your app shows now."] });
  }
  return db.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabledAt: new Date(), totpLastStep: step }).where(eq(users.id, actor.id));
    const codes = await replaceRecoveryCodes(tx, actor.id);
    await endEverySession(tx, actor.id, actor.sessionId);
    await recordAccountEvent(tx, actor, "two_step_on");
    await tellOwner(tx, actor, "Two-step sign-in is on", "Signing in to your account now asks for a code from your authenticator app after the password. Every other device was signed out.");
    return codes;
  });
}

/** Turning it off needs the password and a code (or a recovery code). */
export async function turnOffTwoStep(db: Db, actor: Actor, input: z.output<typeof twoStepChangeSchema>, clientAddress: string): Promise<void> {
  await confirmPasswordAndCode(db, actor, input, clientAddress);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, actor.id));
    await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, actor.id));
    await endEverySession(tx, actor.id, actor.sessionId);
    await recordAccountEvent(tx, actor, "two_step_off");
    await tellOwner(tx, actor, "Two-step sign-in is off", "Signing in to your account no longer asks for a code, and every other device was signed out. If this was not you, change your password at once.");
  });
}

/** Ten new recovery codes, the old ones stop working; returns them, shown this once. */
export async function renewRecoveryCodes(db: Db, actor: Actor, input: z.output<typeof twoStepChangeSchema>, clientAddress: string): Promise<string[]> {
  await confirmPasswordAndCode(db, actor, input, clientAddress);
  return db.transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, actor.id);
    await recordAccountEvent(tx, actor, "recovery_codes_renewed");
    return codes;
  });
}

async function confirmPasswordAndCode(db: Db, actor: Actor, input: z.output<typeof twoStepChangeSchema>, clientAddress: string) {
  assertStaff(actor);
  await confirmCurrentPassword(db, actor, input.currentPassword, clientAddress);
  const [user] = await db.select({ enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, actor.id));
  if (!user?.enabledAt) throw new AppError("CONFLICT", "Two-step sign-in is not on.");
  if (!(await verifySecondFactor(db, actor.id, input.code, `${actor.email} ${clientAddress}`))) {
    throw new AppError("INVALID", "Please check the highlighted fields.", { code: ["That code did not work. Enter the newest code from your app, or a recovery code."] });
  }
}

async function replaceRecoveryCodes(tx: DbOrTx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, userId));
  await tx.insert(totpRecoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

function tellOwner(tx: DbOrTx, actor: Actor, subject: string, body: string) {
  return sendMail(tx, { to: actor.email, subject, text: `Hello ${actor.name},\n\n${body}` });
}
