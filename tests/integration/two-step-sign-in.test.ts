import { eq } from "drizzle-orm";
import { afterEach, expect, it, vi } from "vitest";
import { confirmTwoStepSetup, getTwoStepStatus, renewRecoveryCodes, startTwoStepSetup, turnOffTwoStep } from "@/lib/accounts/two-step-sign-in";
import { authenticate } from "@/lib/auth/authenticate";
import type { Actor } from "@/lib/auth/permissions";
import { limits } from "@/lib/auth/rate-limit";
import { getActor, requireActor, TWO_STEP_REQUIRED } from "@/lib/auth/session";
import { findLiveSession } from "@/lib/auth/sessions";
import { CODE_NEEDED, CODE_WRONG } from "@/lib/auth/sign-in-messages";
import { totpCode } from "@/lib/auth/totp";
import type { Db } from "@/lib/db/client";
import { auditLog, mailOutbox, users } from "@/lib/db/schema";
import { makeUser } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));

const ADDRESS = "203.0.113.60";
const PASSWORD = "correct horse"; // makeUser's
const STEP = 30_000;

/** Turns two-step sign-in on for the staff member; returns the secret (as their phone has it) and the recovery codes. */
async function turnOn(db: Db, actor: Actor) {
  await startTwoStepSetup(db, actor);
  const status = await getTwoStepStatus(db, actor);
  if (status.state !== "setting-up") throw new Error(`expected setting-up, got ${status.state}`);
  const codes = await confirmTwoStepSetup(db, actor, { code: totpCode(status.secret) });
  return { secret: status.secret, codes };
}

describeWithDatabase("two-step sign-in", (ctx) => {
  afterEach(() => vi.unstubAllEnvs());

  it("is set up from a QR code and a first code; other sessions end, the owner is told", async () => {
    const writer = await makeUser(ctx.db, "writer");
    await signInAs(ctx.db, writer, "the other browser");
    const other = (await getActor())!;
    await signInAs(ctx.db, writer, "this browser");
    const here = (await getActor())!;

    await startTwoStepSetup(ctx.db, here);
    const setup = await getTwoStepStatus(ctx.db, here);
    expect(setup).toMatchObject({ state: "setting-up", secret: expect.stringMatching(/^[A-Z2-7]{32}$/), qr: expect.stringMatching(/^data:image\/svg\+xml;base64,/) });
    // Not in force until confirmed: signing in still needs only the password.
    expect(await authenticate(ctx.db, { email: writer.email, password: PASSWORD }, ADDRESS)).toMatchObject({ id: writer.id });
    await expect(confirmTwoStepSetup(ctx.db, here, { code: "000000" })).rejects.toMatchObject({ fieldErrors: { code: [expect.stringMatching(/does not match/)] } });

    const secret = setup.state === "setting-up" ? setup.secret : "";
    const codes = await confirmTwoStepSetup(ctx.db, here, { code: totpCode(secret) });
    expect(codes).toHaveLength(10);
    expect(await getTwoStepStatus(ctx.db, here)).toMatchObject({ state: "on", recoveryCodesLeft: 10 });
    const [row] = await ctx.db.select().from(users).where(eq(users.id, writer.id));
    expect(row.totpSecret).not.toContain(secret); // sealed at rest
    // Like a password change: this browser stays, every other one is signed out.
    expect(await findLiveSession(ctx.db, writer.id, other.sessionId!)).toBeNull();
    expect(await findLiveSession(ctx.db, writer.id, here.sessionId!)).toMatchObject({ id: writer.id });
    const audit = await ctx.db.select().from(auditLog).where(eq(auditLog.actorId, writer.id));
    expect(audit.map((a) => a.action)).toContain("account.two_step_on");
    const [told] = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, writer.email));
    expect(told.subject).toBe("Two-step sign-in is on");
  });

  it("signing in asks for the code after the password; a code works once, a recovery code once", async () => {
    const editor = await makeUser(ctx.db, "editor");
    const { secret, codes } = await turnOn(ctx.db, editor);
    const credentials = { email: editor.email, password: PASSWORD };

    await expect(authenticate(ctx.db, credentials, ADDRESS)).rejects.toThrow(CODE_NEEDED);
    // A wrong password is still just wrong: the code is asked only of someone who knows the password.
    expect(await authenticate(ctx.db, { ...credentials, password: "not it", code: "123456" }, ADDRESS)).toBeNull();
    await expect(authenticate(ctx.db, { ...credentials, code: "123456" }, ADDRESS)).rejects.toThrow(CODE_WRONG);

    const next = totpCode(secret, Date.now() + STEP); // setting up used this step's code
    expect(await authenticate(ctx.db, { ...credentials, code: next }, ADDRESS)).toMatchObject({ id: editor.id });
    await expect(authenticate(ctx.db, { ...credentials, code: next }, ADDRESS)).rejects.toThrow(CODE_WRONG); // replayed

    expect(await authenticate(ctx.db, { ...credentials, code: codes[0].toUpperCase() }, ADDRESS)).toMatchObject({ id: editor.id });
    await expect(authenticate(ctx.db, { ...credentials, code: codes[0] }, ADDRESS)).rejects.toThrow(CODE_WRONG);
    expect(await getTwoStepStatus(ctx.db, editor)).toMatchObject({ state: "on", recoveryCodesLeft: 9 });
  });

  it("stops code guessing per account, from any address, saying when to try again", async () => {
    const writer = await makeUser(ctx.db, "writer");
    await turnOn(ctx.db, writer);
    for (let i = 0; i < limits.twoStepAccount.points; i++) {
      await expect(authenticate(ctx.db, { email: writer.email, password: PASSWORD, code: String(100000 + i) }, `198.51.100.${i}`)).rejects.toThrow(CODE_WRONG);
    }
    await expect(authenticate(ctx.db, { email: writer.email, password: PASSWORD, code: "999999" }, "198.51.100.200")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/Too many wrong codes.*try again in 15 minutes/),
      retryAfterSeconds: expect.any(Number),
    });
  });

  it("is turned off, or given new recovery codes, only with the password and a code", async () => {
    const admin = await makeUser(ctx.db, "admin");
    const { secret, codes } = await turnOn(ctx.db, admin);
    await expect(turnOffTwoStep(ctx.db, admin, { currentPassword: "not it", code: totpCode(secret, Date.now() + STEP) }, ADDRESS)).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["That is not your current password."] },
    });
    await expect(turnOffTwoStep(ctx.db, admin, { currentPassword: PASSWORD, code: "123456" }, ADDRESS)).rejects.toMatchObject({ fieldErrors: { code: [expect.stringMatching(/did not work/)] } });

    const fresh = await renewRecoveryCodes(ctx.db, admin, { currentPassword: PASSWORD, code: codes[1] }, ADDRESS);
    expect(fresh).toHaveLength(10);
    await expect(authenticate(ctx.db, { email: admin.email, password: PASSWORD, code: codes[2] }, ADDRESS)).rejects.toThrow(CODE_WRONG); // old codes gone

    await turnOffTwoStep(ctx.db, admin, { currentPassword: PASSWORD, code: fresh[0] }, ADDRESS);
    expect(await getTwoStepStatus(ctx.db, admin)).toEqual({ state: "off" });
    expect(await authenticate(ctx.db, { email: admin.email, password: PASSWORD }, ADDRESS)).toMatchObject({ id: admin.id });
  });

  it("is for staff only", async () => {
    await expect(startTwoStepSetup(ctx.db, await makeUser(ctx.db, "client"))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("with REQUIRE_ADMIN_TOTP, an admin without it may only set it up; writers and editors are not required", async () => {
    vi.stubEnv("REQUIRE_ADMIN_TOTP", "true");
    const admin = await makeUser(ctx.db, "admin");
    await signInAs(ctx.db, admin);
    expect(await getActor()).toMatchObject({ twoStepMissing: true });
    await expect(requireActor(["admin"])).rejects.toThrow(TWO_STEP_REQUIRED);
    const here = await requireActor(["admin"], { twoStepSetup: true });

    const { secret } = await turnOn(ctx.db, here);
    expect(secret).not.toBe("");
    expect(await requireActor(["admin"])).toMatchObject({ id: admin.id }); // this browser carries on
    expect((await getActor())!.twoStepMissing).toBeUndefined();

    const writer = await makeUser(ctx.db, "writer");
    await signInAs(ctx.db, writer);
    expect(await requireActor(["writer"])).toMatchObject({ id: writer.id });
    vi.unstubAllEnvs();
    await signInAs(ctx.db, await makeUser(ctx.db, "admin"));
    expect((await getActor())!.twoStepMissing).toBeUndefined(); // not configured: not required
  });
});
