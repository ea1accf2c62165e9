import { describe, expect, it } from "vitest";
import { proofreadLetter } from "@/lib/proofread/proofread-letter";
import { cleanLetters } from "../fixtures/clean-letters";
import { warmProofreaderFirst } from "../helpers/warm-proofreader";

warmProofreaderFirst();

describe("clean letters in the right variety", { timeout: 60_000 }, () => {
  it("get no spelling flag and at most one style flag per thousand words", async () => {
    let words = 0;
    const style: string[] = [];
    for (const letter of cleanLetters) {
      const suggestions = await proofreadLetter(letter.text, { variety: letter.variety, extraWords: letter.names });
      const shown = (kind: string) => suggestions.filter((s) => s.kind === kind).map((s) => `${letter.file}: ${letter.text.slice(s.start, s.end)}`);
      expect(shown("spelling")).toEqual([]);
      expect(shown("grammar")).toEqual([]);
      style.push(...shown("style"));
      words += letter.words;
    }
    expect(style.length, style.join("\n")).toBeLessThanOrEqual(Math.floor(words / 1000));
  });

  it("keeps “every one of them” and “lie-ins”, which are good English", async () => {
    const text = "I kept every one of them, and we had lie-ins every Sunday.";
    expect(await proofreadLetter(text, { variety: "en-GB" })).toEqual([]);
    const merged = await proofreadLetter("Every one was there.", { variety: "en-GB" });
    expect(merged.map((s) => s.replacements[0])).toEqual(["Everyone"]);
  });

  it("asks one question about a letter spelt throughout in another variety, instead of a flag on every word", async () => {
    const british = cleanLetters.find((l) => l.file === "en-GB-birthday.txt")!;
    const suggestions = await proofreadLetter(british.text, { variety: "en-US", extraWords: british.names });
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ kind: "spelling", key: "Variety:en-GB:0", replacements: [] });
    expect(suggestions[0].message).toMatch(/spelt in British English throughout \(grey, harbour, practised, neighbours…\), but the order asks for American English/);
  });

  it("still flags each word of a letter that mixes the two", async () => {
    const text = "The colour of the sky was gray, and my favorite neighbours came to the center.";
    const flagged = (await proofreadLetter(text, { variety: "en-US" })).map((s) => text.slice(s.start, s.end));
    expect(flagged).toEqual(["colour", "neighbours"]);
  });
});
