import { eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { MAX_FAILURES } from "@/lib/auth/rate-limit";
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

  it("throttles an account after repeated failures, even with the right password", async () => {
    const user = await makeUser(ctx.db, "client");
    for (let i = 0; i < MAX_FAILURES; i++) {
      await authenticate(ctx.db, { email: user.email, password: `guess ${i}` }, `10.0.0.${i}`);
    }
    expect(await authenticate(ctx.db, { email: user.email, password: "correct horse" }, "10.0.1.1")).toBeNull();
  });

  it("ends sessions at once when the role or password changes (session version)", async () => {
    const user = await makeUser(ctx.db, "editor");
    await signInAs(ctx.db, user);
    expect(await getActor()).toMatchObject({ id: user.id, role: "editor" });
    await ctx.db.update(users).set({ role: "client", sessionVersion: 1 }).where(eq(users.id, user.id));
    expect(await getActor()).toBeNull();
  });
});
