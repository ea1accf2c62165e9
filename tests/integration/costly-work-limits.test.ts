import { randomUUID } from "node:crypto";
import { expect, it, vi } from "vitest";
import { POST as compose } from "@/app/api/ai/compose/route";
import { POST as proofread } from "@/app/api/proofread/route";
import { limitCostlyWork } from "@/lib/auth/limit-costly-work";
import { limits } from "@/lib/auth/rate-limit";
import { makeUser } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));

const post = (handler: (r: Request) => Promise<Response>, body: unknown) =>
  handler(new Request("http://test/api", { method: "POST", body: JSON.stringify(body) }));

describeWithDatabase("limits on costly work", (ctx) => {
  it("refuses proofreading past the per-person limit with a 429 that says when to try again, and only for that person", async () => {
    const writer = await makeUser(ctx.db, "writer");
    for (let i = 0; i < limits.proofread.points; i++) await limitCostlyWork(writer, "proofread", ctx.db);
    await signInAs(ctx.db, writer);
    const refused = await post(proofread, { orderId: randomUUID(), text: "Dear Mum" });
    expect(refused.status).toBe(429);
    // Retry-After in seconds, and the same wait in words.
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(wait === 60 ? /checked letters very often.*try again in 1 minute\./ : new RegExp(`checked letters very often.*try again in ${wait} seconds?\\.`)) });
    // Another writer is not slowed by the first one's use.
    await signInAs(ctx.db, await makeUser(ctx.db, "writer"));
    expect((await post(proofread, { orderId: randomUUID(), text: "Dear Mum" })).status).toBe(404);
  });

  it("refuses the AI assistant past its limit", async () => {
    const writer = await makeUser(ctx.db, "writer");
    for (let i = 0; i < limits.ai.points; i++) await limitCostlyWork(writer, "ai", ctx.db);
    await signInAs(ctx.db, writer);
    const refused = await post(compose, { orderId: randomUUID(), mode: "draft" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
