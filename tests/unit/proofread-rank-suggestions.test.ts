import { describe, expect, it } from "vitest";
import { proofreadLetter } from "@/lib/proofread/proofread-letter";
import { warmProofreaderFirst } from "../helpers/warm-proofreader";

warmProofreaderFirst();

/** The fixes offered for the one misspelling in "I wrote <word> here." */
async function fixesFor(word: string, options: Partial<Parameters<typeof proofreadLetter>[1]> = {}) {
  const text = `I wrote ${word} here.`;
  const suggestions = await proofreadLetter(text, { variety: "en-US", ...options });
  const hit = suggestions.find((s) => text.slice(s.start, s.end) === word);
  expect(hit, `${word} is flagged`).toBeDefined();
  return hit!.replacements;
}

describe("spelling suggestions, most likely first", { timeout: 60_000 }, () => {
  it("puts the common word first, where the checker alone offered rarer ones or left it out", async () => {
    // The checker alone: halp → hale/half/hall, adn → ad/add/adj, waht → wait/want/wat, liek → leek/lick/lie.
    for (const [typed, meant] of [
      ["halp", "help"],
      ["adn", "and"],
      ["waht", "what"],
      ["liek", "like"],
      ["abbout", "about"],
      ["recieve", "receive"],
      ["beleive", "believe"],
    ]) {
      expect((await fixesFor(typed))[0], typed).toBe(meant);
    }
  });

  it("offers up to five fixes, keeping the writer's capital letter", async () => {
    const fixes = await fixesFor("Freind");
    expect(fixes[0]).toBe("Friend");
    expect(fixes.length).toBeGreaterThan(1);
    expect(fixes.length).toBeLessThanOrEqual(5);
  });

  it("offers only the letter's own variety of English", async () => {
    expect((await fixesFor("colur", { variety: "en-GB" }))[0]).toBe("colour");
    expect(await fixesFor("colur", { variety: "en-GB" })).not.toContain("color");
    expect((await fixesFor("colur", { variety: "en-US" }))[0]).toBe("color");
    expect((await fixesFor("neighbur", { variety: "en-GB" }))[0]).toBe("neighbour");
  });

  it("prefers a word the brief uses", async () => {
    expect((await fixesFor("Ballymenna"))[0]).not.toBe("Ballymena");
    expect((await fixesFor("Ballymenna", { briefWords: ["Ballymena"] }))[0]).toBe("Ballymena");
    expect((await fixesFor("bakeing", { briefWords: ["baking"] }))[0]).toBe("baking");
  });

  it("splits two words run together", async () => {
    expect((await fixesFor("aboutthe"))[0]).toBe("about the");
  });
});

describe("the slips people make", { timeout: 60_000 }, () => {
  it("puts back a dropped apostrophe and a dropped letter before the last", async () => {
    expect((await fixesFor("wasnt"))[0]).toBe("wasn't");
    expect((await fixesFor("usefuly"))[0]).toBe("usefully");
    expect((await fixesFor("heathy"))[0]).toBe("healthy");
    expect((await fixesFor("theyre"))[0]).toBe("they're");
  });

  it("keeps the first letter unless two letters were swapped, and knows f for ph", async () => {
    expect((await fixesFor("aquire"))[0]).toBe("acquire");
    expect((await fixesFor("asign"))[0]).toBe("assign");
    expect((await fixesFor("mya"))[0]).toBe("may");
    expect((await fixesFor("pamflet"))[0]).toBe("pamphlet");
  });

  it("flags slips the dictionary lets through: -fe plurals, nouns that are their own plural, a semicolon for l", async () => {
    for (const [typed, meant] of [
      ["knifes", "knives"],
      ["midwifes", "midwives"],
      ["aircrafts", "aircraft"],
      ["nightfa;;", "nightfall"],
    ]) {
      const text = `We saw the ${typed} there.`;
      const [hit] = await proofreadLetter(text, { variety: "en-GB" });
      expect(text.slice(hit.start, hit.end), typed).toBe(typed);
      expect(hit.replacements[0], typed).toBe(meant);
    }
    // Plurals of other words ("cafes" is not "caves"), and anything from the brief, are left alone.
    expect(await proofreadLetter("We tried all the cafes and safes.", { variety: "en-GB" })).toEqual([]);
    expect(await proofreadLetter("We saw the knifes there.", { variety: "en-GB", extraWords: ["knifes"] })).toEqual([]);
  });
});
