import { eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { authOptions } from "@/lib/auth/options";
import { limits } from "@/lib/auth/rate-limit";
import { getActor } from "@/lib/auth/session";
import { users } from "@/lib/db/schema";
import { signInAs } from "../helpers/session";
import { makeUser } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));

describeWithDatabase("signing in", (ctx) => {
  it("accepts the right password and refuses a wrong one or an unknown email alike", async () => {
    const user = await makeUser(ctx.db, "client");
    expect(await authenticate(ctx.db, { email: user.email.toUpperCase(), password: "correct horse" }, "1.1.1.1")).toMatchObject({ id: user.id, role: "client" });
    expect(await authenticate(ctx.db, { email: user.email, password: "wrong horse" }, "1.1.1.1")).toBeNull();
    expect(await authenticate(ctx.db, { email: "nobody@test.example", password: "correct horse" }, "1.1.1.1")).toBeNull();
    expect(await authenticate(ctx.db, { email: "not an email", password: "x" }, "1.1.1.1")).toBeNull();
  });

  it("stores only an argon2id hash", async () => {
    const user = await makeUser(ctx.db, "writer");
    const [row] = await ctx.db.select().from(users).where(eq(users.id, user.id));
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2/);
  });

  it("stops a guesser on an account, even with the right password, without locking the owner out elsewhere", async () => {
    const user = await makeUser(ctx.db, "client");
    for (let i = 0; i < limits.signInAccount.points; i++) {
      expect(await authenticate(ctx.db, { email: user.email, password: `guess ${i}` }, "203.0.113.9")).toBeNull();
    }
    await expect(authenticate(ctx.db, { email: user.email, password: "correct horse" }, "203.0.113.9")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/try again in 1[45] minutes/),
    });
    // The owner, from their own network, still gets in: the attacker cannot lock the account.
    expect(await authenticate(ctx.db, { email: user.email, password: "correct horse" }, "198.51.100.4")).toMatchObject({ id: user.id });
  });

  it("stops one address that tries many accounts", async () => {
    for (let i = 0; i < limits.signInAddress.points; i++) {
      await authenticate(ctx.db, { email: `nobody${i}@test.example`, password: "guess" }, "192.0.2.77");
    }
    const user = await makeUser(ctx.db, "client");
    await expect(authenticate(ctx.db, { email: user.email, password: "correct horse" }, "192.0.2.77")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  }, 60_000);

  it("ends a session on sign-out, so a copied cookie no longer reads anything", async () => {
    const user = await makeUser(ctx.db, "client");
    const sid = await signInAs(ctx.db, user);
    expect(await getActor()).toMatchObject({ id: user.id, sessionId: sid });
    // next-auth calls this with the decoded cookie when the browser signs out.
    await authOptions.events!.signOut!({ token: { sub: user.id, sid }, session: null as never });
    // The (mocked) cookie is still presented, as a copy of it would be.
    expect(await getActor()).toBeNull();
  });

  it("ends sessions at once when the session version moves on (a role change)", async () => {
    const user = await makeUser(ctx.db, "editor");
    await signInAs(ctx.db, user);
    expect(await getActor()).toMatchObject({ id: user.id, role: "editor" });
    await ctx.db.update(users).set({ role: "client", sessionVersion: 1 }).where(eq(users.id, user.id));
    expect(await getActor()).toBeNull();
  });
});
