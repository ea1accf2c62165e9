import { and, desc, eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { changeEmailSchema, confirmEmailChange, EXPIRED_EMAIL_LINK, requestEmailChange } from "@/lib/accounts/change-email";
import { changePassword } from "@/lib/accounts/change-password";
import { EXPIRED_RESET_LINK, requestPasswordReset, RESET_SENT, resetPassword } from "@/lib/accounts/reset-password";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { authenticate } from "@/lib/auth/authenticate";
import type { Actor } from "@/lib/auth/permissions";
import { limits } from "@/lib/auth/rate-limit";
import { getActor } from "@/lib/auth/session";
import { endSession, listSessions } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { accountTokens, auditLog, mailOutbox, users } from "@/lib/db/schema";
import { signInAs } from "../helpers/session";
import { makeUser } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));

const ORIGIN = "https://letters.test";
const ADDRESS = "203.0.113.20";

/** Signs the user in on two browsers; returns each as the actor that browser acts as. */
async function twoBrowsers(db: Db, user: Actor) {
  await signInAs(db, user, "Mozilla/5.0 (iPhone) Safari/605.1");
  const phone = (await getActor())!;
  await signInAs(db, user, "Mozilla/5.0 (Windows NT 10.0) Chrome/130.0");
  const laptop = (await getActor())!;
  return { phone, laptop };
}

async function lastMailTo(db: Db, to: string) {
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(desc(mailOutbox.createdAt)).limit(1);
  return mail;
}

const tokenIn = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? "";

describeWithDatabase("accounts people control", (ctx) => {
  it("lists where the user is signed in, and signs one browser out without touching the other", async () => {
    const user = await makeUser(ctx.db, "client");
    const { phone, laptop } = await twoBrowsers(ctx.db, user);
    const sessions = await listSessions(ctx.db, laptop);
    expect(sessions.map((s) => [s.device, s.current])).toEqual([
      ["Chrome on Windows", true],
      ["Safari on iOS", false],
    ]);
    // Another person cannot end this user's session, even knowing its id.
    const stranger = await makeUser(ctx.db, "client");
    expect(await endSession(ctx.db, stranger.id, phone.sessionId!)).toBe(false);
    expect(await endSession(ctx.db, user.id, phone.sessionId!)).toBe(true);
    expect((await listSessions(ctx.db, laptop)).map((s) => s.device)).toEqual(["Chrome on Windows"]);
    expect(await getActor()).toMatchObject({ id: user.id }); // the laptop is still signed in
  });

  it("changes the password only with the current one, ends every other session, and keeps this one", async () => {
    const user = await makeUser(ctx.db, "writer");
    const { laptop } = await twoBrowsers(ctx.db, user);
    await expect(changePassword(ctx.db, laptop, { currentPassword: "not it", newPassword: "a brand new password" }, ADDRESS)).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { currentPassword: ["That is not your current password."] },
    });
    await changePassword(ctx.db, laptop, { currentPassword: "correct horse", newPassword: "a brand new password" }, ADDRESS);
    expect(await getActor()).toMatchObject({ id: user.id }); // this browser (the laptop) stays
    expect(await listSessions(ctx.db, laptop)).toHaveLength(1); // the phone's session ended
    expect(await authenticate(ctx.db, { email: user.email, password: "correct horse" }, ADDRESS)).toBeNull();
    expect(await authenticate(ctx.db, { email: user.email, password: "a brand new password" }, ADDRESS)).toMatchObject({ id: user.id });
    expect((await lastMailTo(ctx.db, user.email)).subject).toBe("Your password was changed");
    const [audit] = await ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, "account.password_changed")));
    expect(JSON.stringify(audit)).not.toContain(user.email);
  });

  it("signs out of every device at once", async () => {
    const user = await makeUser(ctx.db, "admin");
    const { laptop } = await twoBrowsers(ctx.db, user);
    await signOutEverywhere(ctx.db, laptop);
    expect(await getActor()).toBeNull();
    expect(await listSessions(ctx.db, laptop)).toEqual([]);
  });

  it("changes the email only through a link sent to the new address, once", async () => {
    const user = await makeUser(ctx.db, "client");
    const { laptop } = await twoBrowsers(ctx.db, user);
    const input = changeEmailSchema.parse({ newEmail: " New.Me@Example.com ", currentPassword: "correct horse" });
    expect(await requestEmailChange(ctx.db, laptop, input, ORIGIN, ADDRESS)).toMatch(/We sent a link to new\.me@example\.com/);
    const [still] = await ctx.db.select({ email: users.email }).from(users).where(eq(users.id, user.id));
    expect(still.email).toBe(user.email); // nothing changes before the link is opened
    const mail = await lastMailTo(ctx.db, "new.me@example.com");
    expect(mail.text).toContain(`${ORIGIN}/account/email?token=`);

    await confirmEmailChange(ctx.db, tokenIn(mail.text), laptop);
    const [after] = await ctx.db.select({ email: users.email }).from(users).where(eq(users.id, user.id));
    expect(after.email).toBe("new.me@example.com");
    expect(await listSessions(ctx.db, laptop)).toHaveLength(1); // the phone was signed out
    expect((await lastMailTo(ctx.db, user.email)).subject).toBe("Your email address was changed");
    await expect(confirmEmailChange(ctx.db, tokenIn(mail.text), laptop)).rejects.toThrow(EXPIRED_EMAIL_LINK);
  });

  it("answers an email change to a taken address the same way, and tells that address's owner instead", async () => {
    const user = await makeUser(ctx.db, "client");
    const other = await makeUser(ctx.db, "client");
    await signInAs(ctx.db, user);
    const actor = (await getActor())!;
    const message = await requestEmailChange(ctx.db, actor, { newEmail: other.email, currentPassword: "correct horse" }, ORIGIN, ADDRESS);
    expect(message).toBe(`We sent a link to ${other.email}. Your address changes when you open it (within 24 hours).`);
    expect((await lastMailTo(ctx.db, other.email)).text).not.toContain("token=");
    expect(await ctx.db.select().from(accountTokens).where(eq(accountTokens.userId, user.id))).toEqual([]);
  });

  it("resets a forgotten password by a single-use, expiring emailed link, ending every session", async () => {
    const user = await makeUser(ctx.db, "client");
    await twoBrowsers(ctx.db, user);
    expect(await requestPasswordReset(ctx.db, "nobody-here@test.example", ORIGIN, ADDRESS)).toBe(RESET_SENT);
    expect(await lastMailTo(ctx.db, "nobody-here@test.example")).toBeUndefined();
    expect(await requestPasswordReset(ctx.db, user.email, ORIGIN, ADDRESS)).toBe(RESET_SENT);
    const token = tokenIn((await lastMailTo(ctx.db, user.email)).text);

    await resetPassword(ctx.db, { token, newPassword: "remembered at last" });
    expect(await getActor()).toBeNull();
    expect(await authenticate(ctx.db, { email: user.email, password: "remembered at last" }, ADDRESS)).toMatchObject({ id: user.id });
    await expect(resetPassword(ctx.db, { token, newPassword: "another new password" })).rejects.toThrow(EXPIRED_RESET_LINK);

    await requestPasswordReset(ctx.db, user.email, ORIGIN, "198.51.100.30");
    const late = tokenIn((await lastMailTo(ctx.db, user.email)).text);
    await ctx.db.update(accountTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(accountTokens.userId, user.id));
    await expect(resetPassword(ctx.db, { token: late, newPassword: "another new password" })).rejects.toThrow(EXPIRED_RESET_LINK);
  });

  it("limits reset emails per account silently, and per address openly", async () => {
    const user = await makeUser(ctx.db, "client");
    for (let i = 0; i < limits.resetAccount.points + 2; i++) {
      expect(await requestPasswordReset(ctx.db, user.email, ORIGIN, `198.51.100.${40 + i}`)).toBe(RESET_SENT);
    }
    const sent = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, user.email));
    expect(sent).toHaveLength(limits.resetAccount.points);
    for (let i = 0; i < limits.resetAddress.points; i++) await requestPasswordReset(ctx.db, `x${i}@test.example`, ORIGIN, "192.0.2.9");
    await expect(requestPasswordReset(ctx.db, "y@test.example", ORIGIN, "192.0.2.9")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
