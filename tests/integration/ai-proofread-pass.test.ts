import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { createOrderThrough } from "@/lib/db/seed";
import { reviewChecklist } from "@/lib/letters/review-checklist";
import { checkOrderLetter } from "@/lib/proofread/check-order-letter";
import { dismissSuggestion } from "@/lib/proofread/dismiss-suggestion";
import { startFakeChatCompletion, type FakeChatCompletion } from "../fixtures/fake-chat-completion";
import { makeCast } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";
import { warmProofreaderFirst } from "../helpers/warm-proofreader";

// Covers the recipient and both memories of the example brief, within a note's 60–120 words; one
// offline misspelling, one AI catch.
const TEXT =
  "Dear Margaret,\n\nI recieve your letters with joy. I still think of you teaching me to swim in the lake at Grandpa's cabin, and of your lemon cake every Sunday, which were the best.\n\n" +
  "Thank you for those summers and Sundays, and for your patience whenever I was frightened of the deep water. I think of them often, and I smile.\n\nWith all my love, Clara";

let fake: FakeChatCompletion;
beforeAll(async () => {
  fake = await startFakeChatCompletion();
});
afterAll(() => fake.close());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function withKey() {
  vi.stubEnv("OPENAI_API_KEY", "sk-test");
  vi.stubEnv("OPENAI_BASE_URL", fake.baseURL);
}

const issues = (...list: { quote: string; replacement: string; kind: string }[]) =>
  JSON.stringify({ issues: list.map((i) => ({ message: "Worth a look.", ...i })) });

warmProofreaderFirst({ pool: true });

describeWithDatabase("the AI proofreading pass in “Check the letter”", (ctx) => {
  async function claimed() {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief({ length: "note" }), ["pay", "claim"]);
    return { cast, order };
  }

  it("adds the model's suggestions beside the proofreader's, in letter order, and keeps dismissed ones dismissed", async () => {
    const { cast, order } = await claimed();
    withKey();
    fake.reply(
      issues(
        { quote: "which were the best", replacement: "which was the best", kind: "grammar" },
        { quote: "recieve", replacement: "receive", kind: "spelling" },
        { quote: "Margaret", replacement: "Margret", kind: "spelling" },
        { quote: "your letter's", replacement: "your letters", kind: "grammar" },
      ),
    );
    const { suggestions } = await checkOrderLetter(ctx.db, cast.writer, order.id, TEXT);
    expect(suggestions.map((s) => [TEXT.slice(s.start, s.end), s.source ?? "proofreader"])).toEqual([
      ["recieve", "proofreader"],
      ["which were the best", "ai"],
    ]);
    expect(suggestions[1]).toMatchObject({ key: "ai:grammar:which were the best:0", replacements: ["which was the best"] });

    await dismissSuggestion(ctx.db, cast.writer, order.id, "ai:grammar:which were the best:0");
    const after = await checkOrderLetter(ctx.db, cast.writer, order.id, TEXT);
    expect(after.suggestions.map((s) => s.key)).toEqual(["SpellCheck:recieve:0"]);
  });

  it("falls back to the offline suggestions when the model fails or answers nonsense", async () => {
    const { cast, order } = await claimed();
    withKey();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const [content, status] of [["", 500], ["not JSON at all", 200]] as const) {
      fake.reply(content, status);
      const { suggestions, facts } = await checkOrderLetter(ctx.db, cast.writer, order.id, TEXT);
      expect(suggestions.map((s) => s.key)).toEqual(["SpellCheck:recieve:0"]);
      expect(facts.every((f) => f.ok)).toBe(true);
    }
  });

  it("never holds a letter back on the AI's suggestions, and the review gate does not wait on the model", async () => {
    const { cast, order } = await claimed();
    withKey();
    fake.reply(issues({ quote: "lemon cake", replacement: "lemmon cake", kind: "spelling" }));
    const fixed = TEXT.replace("recieve", "receive");
    const before = fake.requests.length;
    expect(await reviewChecklist(ctx.db, cast.writer, order.id, fixed)).toMatchObject({ clean: true, misspellings: [] });
    expect(fake.requests.length).toBe(before);
  });
});
