import { describe, expect, it } from "vitest";
import type { ComposeRequest } from "@/lib/ai/compose-types";
import { offlineComposer } from "@/lib/ai/offline-composer";
import { proofreadLetter } from "@/lib/proofread/proofread-letter";
import { lengths, occasions, tones, type LetterLength, type Occasion } from "@/lib/orders/catalogue";
import { composeContext } from "../fixtures/compose-context";
import { warmProofreaderFirst } from "../helpers/warm-proofreader";

warmProofreaderFirst();

async function run(request: ComposeRequest, context = composeContext()) {
  const composition = offlineComposer(context, request, { delayMs: 0 });
  const chunks: string[] = [];
  for await (const chunk of composition.chunks) chunks.push(chunk);
  return { ...composition, chunks, text: chunks.join("") };
}

describe("offline composer", () => {
  it("drafts from the brief: greeting, opening, one paragraph per memory in order, must-include, sign-off", async () => {
    const context = composeContext({
      memories: ["Teaching me to swim in the lake at Grandpa's cabin", "Her lemon cake every Sunday", "We drove to Whitby in the rain"],
      mustInclude: "See you at Easter",
    });
    const { text, composer, label } = await run({ mode: "draft" }, context);
    expect(composer).toBe("offline");
    expect(label).toBe("Offline composer — no AI service configured");
    const paragraphs = text.split("\n\n");
    expect(paragraphs[0]).toBe("Dear Margaret,");
    expect(paragraphs[1]).toMatch(/^Happy birthday!/);
    expect(paragraphs[2]).toMatch(/^I often think of you teaching me to swim in the lake at Grandpa's cabin\. /);
    expect(paragraphs[3]).toMatch(/^I still smile when I think of your lemon cake every Sunday\. /);
    expect(paragraphs[4]).toMatch(/^And I will never forget how we drove to Whitby in the rain\. /);
    expect(paragraphs).toContain("See you at Easter.");
    expect(paragraphs.at(-1)).toBe("With all my love,\nClara");
  });

  it("turns a memory that opens with a past verb into English, and greets a titled recipient by title and name", async () => {
    const context = composeContext({ memories: ["missed the exhibition"] }, {
      recipient: { name: "Mr. Chidi Okoye", relationship: "Teacher", notes: "" },
    });
    const paragraphs = (await run({ mode: "draft" }, context)).text.split("\n\n");
    expect(paragraphs[0]).toBe("Dear Mr. Okoye,");
    // Not "I often think of missed the exhibition".
    expect(paragraphs[2]).toMatch(/^I often think of missing the exhibition\./);
    const auntie = composeContext({}, { recipient: { name: "Auntie Jean Walker", relationship: "Aunt", notes: "" } });
    expect((await run({ mode: "draft" }, auntie)).text).toMatch(/^Dear Auntie Jean,/);
  });

  it("fits the occasion", async () => {
    const { text } = await run({ mode: "draft" }, composeContext({ occasion: "condolence", memories: [] }));
    expect(text).toMatch(/^Dear Margaret,\n\nI was so sorry to hear your news/);
    const love = await run({ mode: "draft" }, composeContext({ occasion: "love" }));
    expect(love.text).toMatch(/^My dearest Margaret,/);
  });

  it("streams word by word, and the words join up to the whole text", async () => {
    const { chunks, text } = await run({ mode: "draft" });
    expect(chunks.length).toBeGreaterThan(20);
    expect(chunks.every((c) => c.trim().split(/\s+/).length === 1)).toBe(true);
    expect(text.split(/\s+/).length).toBe(chunks.length);
  });

  it("stops streaming when the writer presses Stop", async () => {
    const controller = new AbortController();
    const composition = offlineComposer(composeContext(), { mode: "draft" }, { signal: controller.signal, delayMs: 1 });
    const got: string[] = [];
    await expect(
      (async () => {
        for await (const chunk of composition.chunks) {
          got.push(chunk);
          if (got.length === 3) controller.abort();
        }
      })(),
    ).rejects.toThrow();
    expect(got).toHaveLength(3);
  });

  it("rewrites with the named instructions, keeping the selection's surrounding spaces", async () => {
    const shorter = await run({
      mode: "rewrite",
      instruction: "shorter",
      selection: " I really loved that day. We swam. We ate cake. We sang. We slept very well. ",
    });
    expect(shorter.text).toBe(" I loved that day. We swam. We slept well. ");

    const simpler = await run({ mode: "rewrite", instruction: "simpler", selection: "We will commence the journey prior to dawn." });
    expect(simpler.text).toBe("We will start the journey before dawn.");

    const formal = await run({ mode: "rewrite", instruction: "more_formal", selection: "Thanks, I can't wait to see the kids!" });
    expect(formal.text).toBe("Thank you, I cannot wait to see the children.");

    const warmer = await run({ mode: "rewrite", instruction: "warmer", selection: "Thank you for the book. I hope you are well." });
    expect(warmer.text).toBe("Thank you so much for the book. I really hope you are well.");
  });

  it("says plainly when it cannot follow a free instruction, and leaves the passage as it was", async () => {
    const result = await run({ mode: "rewrite", instruction: "Make it rhyme", selection: "You are kind." });
    expect(result.text).toBe("You are kind.");
    expect(result.notice).toMatch(/offline composer can only follow the named rewrites/);
    const nothing = await run({ mode: "rewrite", instruction: "simpler", selection: "You are kind." });
    expect(nothing).toMatchObject({ text: "You are kind.", notice: expect.stringMatching(/found nothing/) });
  });

  it("continues with the next memory the letter lacks, then the ending", async () => {
    const first = await run({ mode: "continue", textBefore: "Dear Margaret,\n\nI think of the lake at Grandpa's cabin, where you taught me to swim." });
    expect(first.text).toBe("\n\nI still smile when I think of your lemon cake every Sunday.");
    const ending = await run({ mode: "continue", textBefore: "Dear Margaret,\n\nSwimming at Grandpa's cabin lake. Lemon cake every Sunday.\n" });
    expect(ending.text).toBe("I hope the year ahead is full of good days. Happy birthday.\n\nWith all my love,\nClara");
    const empty = await run({ mode: "continue", textBefore: "  " });
    expect(empty.text).toMatch(/^Dear Margaret,\n\nHappy birthday!/);
  });
});

describe("the offline composer's first draft", { timeout: 120_000 }, () => {
  const recipients = [
    { name: "Margaret Bennett", relationship: "Mother", notes: "" },
    { name: "Mr. Chidi Okoye", relationship: "Teacher", notes: "" },
    { name: "Auntie Jean Walker", relationship: "Aunt", notes: "" },
  ];
  const memorySets = [
    ["Teaching me to swim in the lake at Grandpa's cabin", "Her lemon cake every Sunday"],
    ["She taught me to ride a bike in the park", "We drove to Whitby in the rain", "His garden in June"],
    ["He calls me every Sunday evening"],
    [],
  ];
  const names = ["Margaret", "Bennett", "Chidi", "Okoye", "Jean", "Walker", "Grandpa's", "Whitby", "Clara"];
  const briefs = (Object.keys(occasions) as Occasion[]).flatMap((occasion, o) =>
    (Object.keys(lengths) as LetterLength[]).map((length, l) =>
      composeContext(
        { occasion, length, tone: tones[(o + l) % tones.length], memories: memorySets[(o + l) % memorySets.length], englishVariety: o % 2 ? "en-GB" : "en-US" },
        { recipient: recipients[(o + 2 * l) % recipients.length] },
      ),
    ),
  );

  it("is inside the ordered length and passes the product's own proofreader, for every occasion, length and tone", async () => {
    for (const context of briefs) {
      const { text } = await run({ mode: "draft" }, context);
      const about = `${context.brief.occasion}, ${context.brief.length}, ${context.brief.tone}`;
      const words = text.split(/\s+/).filter(Boolean).length;
      const { minWords, maxWords } = lengths[context.brief.length];
      expect(words, about).toBeGreaterThanOrEqual(minWords);
      expect(words, about).toBeLessThanOrEqual(maxWords);
      const flags = await proofreadLetter(text, { variety: context.brief.englishVariety, extraWords: names });
      expect(
        flags.filter((f) => f.kind === "spelling" || f.kind === "grammar").map((f) => `${text.slice(f.start, f.end)}: ${f.message}`),
        about,
      ).toEqual([]);
      // Nothing is said twice.
      const sentences = text.match(/[^.!?\n]+[.!?]/g) ?? [];
      expect(new Set(sentences.map((s) => s.trim())).size, about).toBe(sentences.length);
    }
  });

  it("speaks to the recipient about what the client wrote of them, in the memory's own tense", async () => {
    const context = composeContext({ memories: ["She taught me to ride a bike", "His garden in June", "He calls me every Sunday", "She was always there for me"] });
    const { text } = await run({ mode: "draft" }, context);
    expect(text).toContain("I remember when you taught me to ride a bike.");
    expect(text).toContain("I still smile when I think of your garden in June.");
    expect(text).toContain("I treasure the way you call me every Sunday.");
    expect(text).toContain("I often think back to when you were always there for me.");
    expect(text).not.toMatch(/\b(she|he|his|her)\b/i);
  });

  it("adds no name, place or date the brief lacks", async () => {
    const context = composeContext({ memories: ["We drove to Whitby in the rain"], mustInclude: "See you at Easter", length: "long_letter" });
    const { text } = await run({ mode: "draft" }, context);
    const capitalised = new Set(text.match(/(?<![.!?:]\s|^|\n)\b\p{Lu}\p{Ll}+/gu) ?? []);
    expect([...capitalised].filter((w) => !["Margaret", "Whitby", "Easter", "Clara", "Grandpa"].includes(w))).toEqual([]);
  });
});
