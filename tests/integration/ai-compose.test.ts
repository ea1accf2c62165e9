import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/ai/compose/route";
import { users } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { startFakeOpenAI, type FakeOpenAI } from "../fixtures/fake-openai";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));

const compose = (body: unknown, signal?: AbortSignal) =>
  POST(new Request("http://test/api/ai/compose", { method: "POST", body: JSON.stringify(body), signal }));

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
afterEach(() => {
  delete process.env.OPENAI_API_KEY;
  delete process.env.OPENAI_BASE_URL;
});

function useFakeService() {
  process.env.OPENAI_API_KEY = "sk-test";
  process.env.OPENAI_BASE_URL = fake.baseURL;
}

describeWithDatabase("AI compose route", (ctx) => {
  async function claimedOrder() {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim"]);
    return { cast, order };
  }

  it("drafts with the offline composer when no AI service is configured, and says so", async () => {
    const { cast, order } = await claimedOrder();
    await signInAs(ctx.db, cast.writer);
    const status = await (await GET()).json();
    expect(status).toEqual({ composer: "offline", label: "Offline composer — no AI service configured" });
    const response = await compose({ orderId: order.id, mode: "draft" });
    expect(response.status).toBe(200);
    expect(response.headers.get("X-Composer")).toBe("offline");
    const text = await response.text();
    expect(text).toMatch(/^Dear Margaret,\n\nHappy birthday!/);
    expect(text).toContain("lemon cake every Sunday");
    expect(text).toMatch(/With all my love,\nClara$/);
  });

  it("answers not found to anyone but the order's writer and staff", async () => {
    const { cast, order } = await claimedOrder();
    const pool = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    for (const actor of [cast.otherWriter, cast.client, cast.otherClient]) {
      await signInAs(ctx.db, actor);
      expect((await compose({ orderId: order.id, mode: "draft" })).status).toBe(404);
    }
    // An unclaimed order in the open pool is visible to writers, but not theirs to write.
    await signInAs(ctx.db, cast.writer);
    expect((await compose({ orderId: pool.id, mode: "draft" })).status).toBe(404);
    await signInAs(ctx.db, cast.editor);
    const asEditor = await compose({ orderId: order.id, mode: "continue", textBefore: "Dear Margaret," });
    expect(asEditor.status).toBe(200);
    await asEditor.body?.cancel();
    await signInAs(ctx.db, null);
    expect((await compose({ orderId: order.id, mode: "draft" })).status).toBe(401);
  });

  it("refuses a malformed request", async () => {
    const { cast, order } = await claimedOrder();
    await signInAs(ctx.db, cast.writer);
    const noSelection = await compose({ orderId: order.id, mode: "rewrite", instruction: "warmer" });
    expect(noSelection.status).toBe(400);
    expect(await noSelection.json()).toEqual({ error: "Select the passage to rewrite first." });
    expect((await compose({ orderId: order.id, mode: "draft", status: "approved" })).status).toBe(400);
    expect((await compose({ orderId: "nope", mode: "draft" })).status).toBe(400);
  });

  it("streams from the configured AI service with the brief, the writer's voice and earlier letters", async () => {
    const { cast, order } = await claimedOrder();
    await createOrderThrough(ctx.db, cast, cast.brief(), [
      "pay",
      "claim",
      { save: "Dear Mum, the daffodils came early this year." },
      "submit_for_review",
      "send_to_client",
      "approve",
    ]);
    await ctx.db.update(users).set({ voiceNotes: "Short sentences, dry humour." }).where(eq(users.id, cast.writer.id));
    useFakeService();
    fake.setScript({ deltas: ["Dear", " Margaret", ","] });
    await signInAs(ctx.db, cast.writer);
    const response = await compose({ orderId: order.id, mode: "draft" });
    expect(response.headers.get("X-Composer")).toBe("openai");
    expect(await response.text()).toBe("Dear Margaret,");
    const prompt = fake.requests.at(-1)!.body.messages.map((m) => m.content).join("\n");
    expect(prompt).toContain("Her lemon cake every Sunday");
    expect(prompt).toContain("Short sentences, dry humour.");
    expect(prompt).toContain("the daffodils came early this year");
  });

  it("cuts the stream when the service fails partway, after the text that arrived", async () => {
    const { cast, order } = await claimedOrder();
    useFakeService();
    fake.setScript({ deltas: ["Dear", " Margaret", " never"], failAfter: { count: 2, how: "event" } });
    await signInAs(ctx.db, cast.writer);
    const response = await compose({ orderId: order.id, mode: "draft" });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    await expect(
      (async () => {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          text += decoder.decode(value);
        }
      })(),
    ).rejects.toThrow();
    expect(text).toBe("Dear Margaret");
  });

  it("answers 502 with a plain message when the service refuses at once", async () => {
    const { cast, order } = await claimedOrder();
    useFakeService();
    fake.setScript({ deltas: [], status: 500 });
    await signInAs(ctx.db, cast.writer);
    const response = await compose({ orderId: order.id, mode: "draft" });
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: "The AI service did not answer. Try again in a moment, or keep writing." });
  });

  it("stops the service's stream when the writer presses Stop or goes away", async () => {
    const { cast, order } = await claimedOrder();
    useFakeService();
    await signInAs(ctx.db, cast.writer);
    const long = { deltas: Array.from({ length: 100 }, (_, i) => ` word${i}`), delayMs: 20 };

    fake.setScript(long);
    const stopped = await compose({ orderId: order.id, mode: "draft" });
    const reader = stopped.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(await fake.requests.at(-1)!.closedEarly).toBe(true);

    fake.setScript(long);
    const leaving = new AbortController();
    const left = await compose({ orderId: order.id, mode: "draft" }, leaving.signal);
    await left.body!.getReader().read();
    leaving.abort();
    expect(await fake.requests.at(-1)!.closedEarly).toBe(true);
  });
});
