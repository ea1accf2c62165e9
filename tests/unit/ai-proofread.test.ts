import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { aiProofread } from "@/lib/ai/ai-proofread";
import type { ProofreadSuggestion } from "@/lib/proofread/suggestion";
import { startFakeChatCompletion, type FakeChatCompletion } from "../fixtures/fake-chat-completion";

let fake: FakeChatCompletion;
beforeAll(async () => {
  fake = await startFakeChatCompletion();
});
afterAll(() => fake.close());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const issues = (...list: { quote: string; replacement: string; message?: string; kind?: string }[]) =>
  JSON.stringify({ issues: list.map((i) => ({ message: "Because.", kind: "grammar", ...i })) });

const TEXT = "Dear Siobhan,\n\nTheir was rain, and their was wind. Siobhan's cake were lovely.\n\nLove, Clara";
const input = { variety: "en-GB" as const, names: ["Siobhan", "Clara", "hello"], offline: [] as ProofreadSuggestion[] };
const run = (content: string, extra: Partial<typeof input> = {}) => {
  fake.reply(content);
  return aiProofread(TEXT, { ...input, ...extra }, { apiKey: "sk-test", baseURL: fake.baseURL, model: "test-model" });
};
const flagged = (suggestions: ProofreadSuggestion[]) => suggestions.map((s) => TEXT.slice(s.start, s.end));

describe("aiProofread against a chat completions server", () => {
  it("places each quote on the letter, a repeated quote on the next occurrence, as AI suggestions", async () => {
    const suggestions = await run(
      issues(
        { quote: "their was", replacement: "there was" },
        { quote: "their was", replacement: "there was" },
        { quote: "cake were", replacement: "cake was", kind: "spelling", message: "The verb agrees with “cake”." },
      ),
    );
    expect(flagged(suggestions)).toEqual(["their was", "cake were"]);
    expect(suggestions[1]).toEqual({
      key: "ai:spelling:cake were:0",
      start: TEXT.indexOf("cake were"),
      end: TEXT.indexOf("cake were") + "cake were".length,
      kind: "spelling",
      message: "The verb agrees with “cake”.",
      replacements: ["cake was"],
      source: "ai",
    });

    const twice = await run(issues({ quote: "was", replacement: "is" }, { quote: "was", replacement: "is" }));
    expect(twice.map((s) => [s.key, s.start])).toEqual([
      ["ai:grammar:was:0", TEXT.indexOf("was")],
      ["ai:grammar:was:1", TEXT.indexOf("was", TEXT.indexOf("was") + 1)],
    ]);
    const request = fake.requests.at(-1)!;
    expect(request).toMatchObject({ model: "test-model", response_format: { type: "json_object" } });
    expect(request.messages[0].content).toContain("British English");
    expect(request.messages[0].content).toContain("Siobhan, Clara");
    expect(request.messages[1].content).toContain(TEXT);
  });

  it("drops quotes that are not in the letter word for word, and malformed issues", async () => {
    const suggestions = await run(
      JSON.stringify({
        issues: [
          { quote: "there was rain", replacement: "it rained", message: "Simpler.", kind: "style" },
          { quote: "Their  was", replacement: "There was", message: "Spacing.", kind: "grammar" },
          { quote: "Their was", replacement: "There was", message: "Wrong word.", kind: "nonsense" },
          { quote: "Their was", replacement: "There was", message: "Wrong word.", kind: "grammar" },
        ],
      }),
    );
    expect(suggestions.map((s) => s.key)).toEqual(["ai:grammar:Their was:0"]);
  });

  it("never corrects the brief's names, even when the model does", async () => {
    const suggestions = await run(
      issues(
        { quote: "Siobhan", replacement: "Siobhán", kind: "spelling" },
        { quote: "Siobhan's cake were", replacement: "Siobhán's cake was" },
        { quote: "Clara", replacement: "Clare", kind: "spelling" },
        { quote: "Siobhan's cake were", replacement: "Siobhan's cake was" },
      ),
    );
    expect(suggestions.map((s) => s.replacements[0])).toEqual(["Siobhan's cake was"]);
  });

  it("leaves words the offline proofreader already corrects to it", async () => {
    const start = TEXT.indexOf("Their");
    const offline: ProofreadSuggestion[] = [
      { key: "SpellCheck:their:0", start, end: start + 5, kind: "spelling", message: "x", replacements: ["There"] },
      // A long-sentence note changes no words, so it does not hide the AI's suggestions inside it.
      { key: "LongSentence:#abc:0", start: 0, end: TEXT.length, kind: "style", message: "x", replacements: [] },
    ];
    const suggestions = await run(issues({ quote: "Their was", replacement: "There was" }, { quote: "cake were", replacement: "cake was" }), { offline });
    expect(flagged(suggestions)).toEqual(["cake were"]);
  });

  it("gives no suggestions, logging only the error's name, when the reply is not JSON or the server fails", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await run("Here are the issues: their was → there was")).toEqual([]);
    expect(await run('{"problems":[]}')).toEqual([]);
    fake.reply("", 500);
    expect(await aiProofread(TEXT, input, { apiKey: "sk-test", baseURL: fake.baseURL, model: "test-model" })).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(3);
    for (const [line] of warn.mock.calls) {
      expect(line).toMatch(/^AI proofreading skipped: \w+$/);
      expect(line).not.toContain("Siobhan");
    }
  });

  it("asks nothing without an OpenAI key", async () => {
    vi.stubEnv("OPENAI_API_KEY", "");
    vi.stubEnv("OPENAI_BASE_URL", fake.baseURL);
    const before = fake.requests.length;
    fake.reply(issues({ quote: "Their was", replacement: "There was" }));
    expect(await aiProofread(TEXT, input)).toEqual([]);
    expect(fake.requests.length).toBe(before);
  });
});
