import { expect, it, vi } from "vitest";
import { POST as check } from "@/app/api/proofread/route";
import { POST as addWord } from "@/app/api/proofread/dictionary/route";
import { POST as dismiss } from "@/app/api/proofread/dismiss/route";
import { createOrderThrough } from "@/lib/db/seed";
import { listDismissed } from "@/lib/proofread/list-dismissed";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";
import { warmProofreaderFirst } from "../helpers/warm-proofreader";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));

const post = (handler: (r: Request) => Promise<Response>, body: unknown) =>
  handler(new Request("http://test/api/proofread", { method: "POST", body: JSON.stringify(body) }));

type Check = { suggestions: { key: string; kind: string; start: number; end: number; replacements: string[] }[]; facts: { kind: string; ok: boolean; label: string }[] };

warmProofreaderFirst({ pool: true });

describeWithDatabase("proofreading routes", (ctx) => {
  async function claimedOrder(overrides = {}) {
    const cast = await makeCast(ctx.db);
    const brief = cast.brief({
      englishVariety: "en-GB",
      memories: ["Picnics at Llanddwyn with Auntie Siobhan", "Her lemon cake every Sunday"],
      mustInclude: "Say hello to Bramble",
      ...overrides,
    });
    const order = await createOrderThrough(ctx.db, cast, brief, ["pay", "claim"]);
    return { cast, order };
  }

  it("proofreads in the order's English, never flags the brief's names, and checks the facts", async () => {
    const { cast, order } = await claimedOrder();
    await signInAs(ctx.db, cast.writer);
    const text =
      "Dear Margaret,\n\nI remember the picnics at Llanddwyn with Auntie Siobhan, and the colour of the sea. " +
      "I hope you recieve this in time. Say hello to Bramble, and the the neighbours.\n\nWith all my love, Clara";
    const response = await post(check, { orderId: order.id, text });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Check;
    const flagged = body.suggestions.map((s) => text.slice(s.start, s.end));
    expect(flagged).toEqual(["recieve", "the the"]);
    expect(body.suggestions[0]).toMatchObject({ kind: "spelling", key: "SpellCheck:recieve:0" });
    expect(body.suggestions[0].replacements[0]).toBe("receive");
    expect(body.facts.map((f) => [f.kind, f.ok])).toEqual([
      ["recipient", true],
      ["memory", true],
      ["memory", false],
      ["must-include", true],
      ["length", false],
    ]);
  });

  it("keeps dismissed suggestions dismissed and learns the writer's own words", async () => {
    const { cast, order } = await claimedOrder();
    await signInAs(ctx.db, cast.writer);
    const text = "Dear Margaret, I hope you recieve this note from Ynyslas.";
    const before = (await (await post(check, { orderId: order.id, text })).json()) as Check;
    expect(before.suggestions.map((s) => s.key)).toEqual(["SpellCheck:recieve:0", "SpellCheck:ynyslas:0"]);

    expect((await post(dismiss, { orderId: order.id, key: "SpellCheck:recieve:0" })).status).toBe(200);
    expect((await post(dismiss, { orderId: order.id, key: "SpellCheck:recieve:0" })).status).toBe(200);
    expect(await (await post(addWord, { word: "Ynyslas" })).json()).toEqual({ word: "Ynyslas" });
    expect((await post(addWord, { word: "two words" })).status).toBe(400);

    const after = (await (await post(check, { orderId: order.id, text })).json()) as Check;
    expect(after.suggestions).toEqual([]);
    // The dictionary is the writer's own: the editor still sees the word flagged.
    await signInAs(ctx.db, cast.editor);
    const editor = (await (await post(check, { orderId: order.id, text })).json()) as Check;
    expect(editor.suggestions.map((s) => s.key)).toEqual(["SpellCheck:ynyslas:0"]);
  });

  it("answers not found to anyone but the order's writer and staff", async () => {
    const { cast, order } = await claimedOrder();
    const pool = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    const text = "Dear Margaret,";
    for (const actor of [cast.otherWriter, cast.client, cast.otherClient]) {
      await signInAs(ctx.db, actor);
      expect((await post(check, { orderId: order.id, text })).status).toBe(404);
      expect((await post(dismiss, { orderId: order.id, key: "SpellCheck:x:0" })).status).toBe(404);
    }
    await signInAs(ctx.db, cast.writer);
    expect((await post(check, { orderId: pool.id, text })).status).toBe(404);
    expect((await post(dismiss, { orderId: pool.id, key: "SpellCheck:x:0" })).status).toBe(404);
    await expect(listDismissed(ctx.db, cast.admin, order.id)).resolves.toEqual([]);
    expect((await post(check, { orderId: order.id, text, status: "approved" })).status).toBe(400);
    await signInAs(ctx.db, null);
    expect((await post(check, { orderId: order.id, text })).status).toBe(401);
  });
});
