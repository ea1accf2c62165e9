import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { signUp, SIGN_UP_REFUSED } from "@/lib/accounts/sign-up";
import { signUpSchema } from "@/lib/accounts/sign-up-schema";
import { limits } from "@/lib/auth/rate-limit";
import { authenticate } from "@/lib/auth/authenticate";
import { users } from "@/lib/db/schema";
import { describeWithDatabase } from "../helpers/test-database";

describeWithDatabase("sign-up", (ctx) => {
  it("creates a client account that can sign in, with the email lower-cased and the password hashed", async () => {
    const input = signUpSchema.parse({ name: " Nora Quinn ", email: " Nora.Quinn@Example.COM ", password: "a long enough password" });
    const user = await signUp(ctx.db, input, "203.0.113.1");
    expect(user).toMatchObject({ name: "Nora Quinn", email: "nora.quinn@example.com", role: "client" });
    const [row] = await ctx.db.select().from(users).where(eq(users.id, user.id));
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await authenticate(ctx.db, { email: "NORA.QUINN@example.com", password: "a long enough password" }, "203.0.113.1")).toMatchObject({ id: user.id });
  });

  it("answers a taken address vaguely and changes nothing", async () => {
    const input = signUpSchema.parse({ name: "Someone Else", email: "taken@example.com", password: "a long enough password" });
    await signUp(ctx.db, input, "203.0.113.2");
    await expect(signUp(ctx.db, { ...input, email: "taken@example.com", name: "Intruder" }, "203.0.113.2")).rejects.toThrow(SIGN_UP_REFUSED);
    const rows = await ctx.db.select().from(users).where(eq(users.email, "taken@example.com"));
    expect(rows.map((r) => r.name)).toEqual(["Someone Else"]);
  });

  it("limits how many accounts one address can create in a short time", async () => {
    const make = (i: number) =>
      signUp(ctx.db, signUpSchema.parse({ name: "Bulk", email: `bulk${i}@example.com`, password: "a long enough password" }), "198.51.100.7");
    for (let i = 0; i < limits.signUpAddress.points; i++) await make(i);
    await expect(make(99)).rejects.toMatchObject({ code: "RATE_LIMITED" });
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
