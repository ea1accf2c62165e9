import { desc, eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { createAccount } from "@/app/(public)/sign-up/actions";
import { resetPassword } from "@/lib/accounts/reset-password";
import { RESEND_SENT, resendConfirmation, signUp } from "@/lib/accounts/sign-up";
import { signUpSchema } from "@/lib/accounts/sign-up-schema";
import { authenticate } from "@/lib/auth/authenticate";
import { limits } from "@/lib/auth/rate-limit";
import { EMAIL_NOT_CONFIRMED, EXPIRED_CONFIRM_LINK } from "@/lib/auth/sign-in-messages";
import { useDatabaseForTests, type Db } from "@/lib/db/client";
import { mailOutbox, users } from "@/lib/db/schema";
import * as schema from "@/lib/db/schema";
import { makeUser } from "../helpers/people";
import { describeWithDatabase, type Engine } from "../helpers/test-database";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "letters.test", "x-forwarded-proto": "https", "x-forwarded-for": "192.0.2.77" }) }));

const ORIGIN = "https://letters.test";
const PASSWORD = "a long enough password";
const input = (email: string, name = "Nora Quinn") => signUpSchema.parse({ name, email, password: PASSWORD });

async function lastMailTo(db: Db, to: string) {
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(desc(mailOutbox.createdAt)).limit(1);
  return mail;
}
const tokenIn = (text: string, path: string) => new RegExp(`${path}\\?token=([\\w-]+)`).exec(text)?.[1] ?? "";

/** The same database through a second Drizzle handle that writes down every statement it runs. */
async function recordingDb(db: Db, engine: Engine) {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => statements.push(query) };
  const client = (db as unknown as { $client: never }).$client;
  const recorded =
    engine === "pglite"
      ? (await import("drizzle-orm/pglite")).drizzle(client, { schema, logger })
      : (await import("drizzle-orm/postgres-js")).drizzle(client, { schema, logger });
  return { db: recorded as unknown as Db, statements };
}

/** Submits the real sign-up form action; returns where it sent the browser, or what it said. */
async function submitSignUp(fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  try {
    return { answered: await createAccount(null, form) };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { redirectedTo: digest.split(";")[2] };
    throw error;
  }
}

describeWithDatabase("sign-up", (ctx) => {
  it("answers a known and an unknown address identically, with the same database work; only the email differs", async () => {
    const known = await makeUser(ctx.db, "client", "Kim Known");
    await submitSignUp({ name: "Warm Up", email: "warm-up@example.com", password: PASSWORD }); // limiters made, first-use work done

    const recorded = await recordingDb(ctx.db, ctx.engine);
    useDatabaseForTests(recorded.db, async () => {}, ctx.engine);
    try {
      const answerFor = async (email: string) => {
        recorded.statements.length = 0;
        const answer = await submitSignUp({ name: "Intruder", email, password: PASSWORD });
        return { answer, statements: [...recorded.statements] };
      };
      const forKnown = await answerFor(known.email);
      const forUnknown = await answerFor("nobody-yet@example.com");
      // Before, a taken address answered { ok: false, error: "We could not create an account…" }
      // while a new one signed straight in: the form told anyone who had an account.
      expect(forKnown.answer).toEqual({ redirectedTo: "/sign-up/check-email" });
      expect(forUnknown.answer).toEqual(forKnown.answer);
      expect(forUnknown.statements.length).toBeGreaterThan(3);
      expect(forUnknown.statements).toEqual(forKnown.statements);
    } finally {
      useDatabaseForTests(ctx.db, async () => {}, ctx.engine);
    }

    // The known account is untouched, and its owner is told someone tried, with a way in.
    const [row] = await ctx.db.select().from(users).where(eq(users.id, known.id));
    expect(row.name).toBe("Kim Known");
    expect(await authenticate(ctx.db, { email: known.email, password: "correct horse" }, "203.0.113.9")).toMatchObject({ id: known.id });
    const told = await lastMailTo(ctx.db, known.email);
    expect(told.subject).toBe("Someone tried to sign up with your address");
    expect(told.text).toContain(`${ORIGIN}/sign-in`);
    expect(tokenIn(told.text, "reset-password")).not.toBe("");
    expect((await lastMailTo(ctx.db, "nobody-yet@example.com")).subject).toBe("Confirm your email address");
  });

  it("opens an account only when the emailed link is used with the password chosen at sign-up", async () => {
    await signUp(ctx.db, signUpSchema.parse({ name: " Nora Quinn ", email: " Nora.Quinn@Example.COM ", password: PASSWORD }), ORIGIN, "203.0.113.1");
    const [row] = await ctx.db.select().from(users).where(eq(users.email, "nora.quinn@example.com"));
    expect(row).toMatchObject({ name: "Nora Quinn", role: "client", emailVerifiedAt: null });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);

    // The right password without the link is told what to do; a wrong one learns nothing.
    const credentials = { email: "NORA.QUINN@example.com", password: PASSWORD };
    await expect(authenticate(ctx.db, credentials, "203.0.113.1")).rejects.toThrow(EMAIL_NOT_CONFIRMED);
    expect(await authenticate(ctx.db, { ...credentials, password: "not the password" }, "203.0.113.1")).toBeNull();

    const mail = await lastMailTo(ctx.db, "nora.quinn@example.com");
    expect(mail.subject).toBe("Confirm your email address");
    const token = tokenIn(mail.text, `${ORIGIN}/verify-email`);
    // Someone else's password with the link does not open it; the link still works for the owner.
    expect(await authenticate(ctx.db, { ...credentials, password: "not the password", verifyToken: token }, "203.0.113.1")).toBeNull();
    const other = await makeUser(ctx.db, "client");
    expect(await authenticate(ctx.db, { email: other.email, password: "correct horse", verifyToken: token }, "203.0.113.1")).toMatchObject({ id: other.id });
    expect(await authenticate(ctx.db, { ...credentials, verifyToken: token }, "203.0.113.1")).toMatchObject({ id: row.id });
    expect(await authenticate(ctx.db, credentials, "203.0.113.1")).toMatchObject({ id: row.id }); // confirmed for good

    // The link works once.
    await ctx.db.update(users).set({ emailVerifiedAt: null }).where(eq(users.id, row.id));
    await expect(authenticate(ctx.db, { ...credentials, verifyToken: token }, "203.0.113.1")).rejects.toThrow(EXPIRED_CONFIRM_LINK);
  });

  it("a second sign-up for an unconfirmed address sends a new link and keeps the first password", async () => {
    await signUp(ctx.db, input("pending@example.com", "First Person"), ORIGIN, "203.0.113.3");
    await signUp(ctx.db, signUpSchema.parse({ name: "Squatter", email: "pending@example.com", password: "the squatter's password" }), ORIGIN, "203.0.113.3");
    const [row] = await ctx.db.select().from(users).where(eq(users.email, "pending@example.com"));
    expect(row.name).toBe("First Person");
    const token = tokenIn((await lastMailTo(ctx.db, "pending@example.com")).text, `${ORIGIN}/verify-email`);
    const attempt = { email: "pending@example.com", password: "the squatter's password", verifyToken: token };
    expect(await authenticate(ctx.db, attempt, "203.0.113.3")).toBeNull();
    expect(await authenticate(ctx.db, { ...attempt, password: PASSWORD }, "203.0.113.3")).toMatchObject({ id: row.id });
  });

  it("sends the link again on request, the same answer for any address, and confirms through a password reset too", async () => {
    await signUp(ctx.db, input("resend@example.com"), ORIGIN, "203.0.113.4");
    const before = await lastMailTo(ctx.db, "resend@example.com");
    expect(await resendConfirmation(ctx.db, "resend@example.com", ORIGIN, "203.0.113.4")).toBe(RESEND_SENT);
    expect(await resendConfirmation(ctx.db, "no-such-person@example.com", ORIGIN, "203.0.113.4")).toBe(RESEND_SENT);
    const after = await lastMailTo(ctx.db, "resend@example.com");
    expect(after.id).not.toBe(before.id);
    expect(after.subject).toBe("Confirm your email address");
    // Past the per-account limit nothing more is sent, and nothing says so.
    for (let i = 0; i < limits.signUpAccount.points; i++) await resendConfirmation(ctx.db, "resend@example.com", ORIGIN, `198.51.100.${i}`);
    const mails = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, "resend@example.com"));
    expect(mails).toHaveLength(limits.signUpAccount.points);

    const [row] = await ctx.db.select().from(users).where(eq(users.email, "resend@example.com"));
    const { issueToken } = await import("@/lib/accounts/account-tokens");
    await resetPassword(ctx.db, { token: await issueToken(ctx.db, row.id, "password_reset"), newPassword: "a brand new password" });
    expect(await authenticate(ctx.db, { email: "resend@example.com", password: "a brand new password" }, "203.0.113.4")).toMatchObject({ id: row.id });
  });

  it("limits how many sign-ups one address can make in a short time, saying when to try again", async () => {
    const make = (i: number) => signUp(ctx.db, input(`bulk${i}@example.com`, "Bulk"), ORIGIN, "198.51.100.7");
    for (let i = 0; i < limits.signUpAddress.points; i++) await make(i);
    await expect(make(99)).rejects.toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/try again in \d+ minutes?\./), retryAfterSeconds: expect.any(Number) });
  });

  it("explains weak or malformed input", () => {
    const result = signUpSchema.safeParse({ name: "", email: "nora", password: "short", role: "admin" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join(".") || i.code}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "name: Tell us your name.",
        "email: Enter an email address like name@example.com.",
        "password: Use at least 10 characters.",
      ]),
    );
    // A role cannot be chosen at sign-up.
    expect(result.error!.issues.some((i) => i.code === "unrecognized_keys")).toBe(true);
  });
});
