import { describe, expect, it } from "vitest";
import { proofreadLetter } from "@/lib/proofread/proofread-letter";
import { warmProofreaderFirst } from "../helpers/warm-proofreader";

warmProofreaderFirst();

describe("proofreadLetter", { timeout: 30_000 }, () => {
  it("accepts British spellings in a British letter, and flags them in an American one", async () => {
    const text = "We met at the community centre, where she practised the piano for the neighbours.";
    expect(await proofreadLetter(text, { variety: "en-GB" })).toEqual([]);
    const american = await proofreadLetter(text, { variety: "en-US" });
    expect(american).toHaveLength(1);
    expect(american[0].message).toMatch(/spelt in British English throughout \(centre, practised, neighbours\)/);
  });

  it("flags a misspelling with the right word first", async () => {
    const text = "I hope you recieve this in time.";
    const [suggestion] = await proofreadLetter(text, { variety: "en-US" });
    expect(suggestion).toMatchObject({ kind: "spelling", key: "SpellCheck:recieve:0", replacements: expect.arrayContaining(["receive"]) });
    expect(suggestion.replacements[0]).toBe("receive");
    expect(text.slice(suggestion.start, suggestion.end)).toBe("recieve");
  });

  it("flags a repeated word", async () => {
    const text = "Thank you for the the lovely scarf.";
    const suggestions = await proofreadLetter(text, { variety: "en-US" });
    const repeated = suggestions.find((s) => s.kind === "repetition");
    expect(repeated).toBeDefined();
    expect(text.slice(repeated!.start, repeated!.end)).toBe("the the");
    expect(repeated!.replacements).toContain("the");
  });

  it("never flags names and places from the brief or the writer's dictionary", async () => {
    const text = "Dear Oluwaseun, I still think of Ballymena and of Okonkwo's garden.";
    const flagged = (await proofreadLetter(text, { variety: "en-GB" })).map((s) => text.slice(s.start, s.end));
    expect(flagged).toEqual(expect.arrayContaining(["Oluwaseun", "Ballymena"]));
    const allowed = await proofreadLetter(text, { variety: "en-GB", extraWords: ["Oluwaseun", "Ballymena", "Okonkwo"] });
    expect(allowed).toEqual([]);
  });

  it("gives string positions after emoji and accents, where harper counts characters", async () => {
    const text = "Dear Zoë 😀🎉, I will recieve it.";
    const [suggestion] = await proofreadLetter(text, { variety: "en-US", extraWords: ["Zoë"] });
    expect(text.slice(suggestion.start, suggestion.end)).toBe("recieve");
  });

  it("finds errors inside an overlong sentence and flags the sentence too", async () => {
    const long = `We walked along the river ${"and then further ".repeat(12)}until we recieve the sun.`;
    const suggestions = await proofreadLetter(long, { variety: "en-US" });
    expect(suggestions.find((s) => s.kind === "spelling")?.key).toBe("SpellCheck:recieve:0");
    const style = suggestions.find((s) => s.key.startsWith("LongSentence:"));
    expect(style).toMatchObject({ kind: "style", start: 0, end: long.length });
    expect(style!.message).toMatch(/has 46 words/);
  });

  it("keys each suggestion by rule, text and occurrence, so a key survives edits elsewhere", async () => {
    const text = "I recieve letters. You recieve them too.";
    const keys = (await proofreadLetter(text, { variety: "en-US" })).map((s) => s.key);
    expect(keys).toEqual(["SpellCheck:recieve:0", "SpellCheck:recieve:1"]);
    const edited = (await proofreadLetter(`Hello! ${text}`, { variety: "en-US" })).map((s) => s.key);
    expect(edited).toEqual(keys);
  });
});
