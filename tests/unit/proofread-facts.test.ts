import { describe, expect, it } from "vitest";
import { checkFacts } from "@/lib/facts/check-facts";
import { factCases } from "../fixtures/fact-mutations";

const brief = {
  occasion: "birthday" as const,
  memories: ["Teaching me to swim in the lake at Grandpa's cabin", "Her lemon cake every Sunday"],
  mustInclude: "Our trip to Rome in May",
  mustAvoid: "Don't mention the divorce, money",
};
const check = (text: string, recipientName = "Margaret Bennett") => checkFacts(text, { brief, recipientName });

describe("checkFacts", () => {
  it("marks each memory, must-include item and the recipient's name as covered", () => {
    const text =
      "Dear Margaret,\n\nI think of the summer you taught me to swim in the cold lake by Grandpa's cabin. " +
      "Your lemon cakes on Sundays were the best. I can't wait for our trip to Rome in May.";
    const checks = check(text);
    expect(checks.map((c) => [c.kind, c.ok])).toEqual([
      ["recipient", true],
      ["memory", true],
      ["memory", true],
      ["must-include", true],
      ["must-avoid", true],
      ["must-avoid", true],
    ]);
  });

  it("flags what is missing, and says which words were not found", () => {
    const checks = check("Dear Mum,\n\nYour lemon cake every Sunday was the best.");
    expect(checks.find((c) => c.kind === "recipient")).toMatchObject({ ok: false, detail: "Margaret does not appear in the letter." });
    const swim = checks.find((c) => c.label.startsWith("Teaching"));
    expect(swim).toMatchObject({ ok: false });
    expect(swim!.detail).toContain("swim");
    expect(checks.find((c) => c.kind === "must-include")).toMatchObject({ ok: false, label: "Our trip to Rome in May" });
  });

  it("flags every must-avoid item the letter mentions", () => {
    const checks = check("Dear Margaret, since the divorce I have thought of you. Money is tight.");
    const avoid = checks.filter((c) => c.kind === "must-avoid");
    expect(avoid).toEqual([
      { kind: "must-avoid", label: "Don't mention the divorce", ok: false, detail: "The letter mentions: divorce" },
      { kind: "must-avoid", label: "money", ok: false, detail: "The letter mentions: money" },
    ]);
  });

  it("flags a misspelt recipient name", () => {
    const checks = check("Dear Margret, happy birthday from all the Benett family. Love to Marge.");
    const spelling = checks.filter((c) => c.kind === "name-spelling");
    expect(spelling.map((c) => c.label)).toEqual(["“Margret” — did you mean Margaret?", "“Benett” — did you mean Bennett?"]);
    expect(checks.find((c) => c.kind === "recipient")?.ok).toBe(false);
    expect(check("Dear Margaret, Margaret's garden!").filter((c) => c.kind === "name-spelling")).toEqual([]);
  });

  it("matches the forms of a word through a real stemmer: missed/miss, stories/story, drives/drive, baked/bake, taught/teaching", () => {
    const memories = ["Missing the exhibition together", "Her stories at bedtime", "Long drives to the coast", "Baking bread on Saturdays"];
    const text =
      "Dear Margaret, I still laugh that we missed the exhibition. I loved the story you told at bedtime, " +
      "the drive to the coast, and the bread we baked every Saturday. You taught me to swim in the lake by Grandpa's cabin.";
    const checks = checkFacts(text, { brief: { ...brief, memories: [...memories, brief.memories[0]], mustInclude: "", mustAvoid: "" }, recipientName: "Margaret" });
    expect(checks.filter((c) => !c.ok)).toEqual([]);
  });

  it("names the recipient by name, not by title, and asks about a short form", () => {
    const facts = (text: string, recipientName: string) => checkFacts(text, { brief: { ...brief, memories: [], mustInclude: "", mustAvoid: "" }, recipientName });
    expect(facts("Dear Mr. Okoye, thank you.", "Mr. Chidi Okoye")[0]).toMatchObject({ kind: "recipient", ok: true });
    expect(facts("Dear Mr. Smith, thank you.", "Mr. Okoye")[0]).toMatchObject({ kind: "recipient", ok: false, detail: "Okoye does not appear in the letter." });
    expect(facts("Dear Maggie, happy birthday.", "Margaret Bennett")[0]).toMatchObject({
      kind: "recipient",
      ok: false,
      detail: "The letter calls them Maggie; the brief says Margaret. Keep it only if that is what the client calls them.",
    });
    // "Coach" is a title like "Mr.": it names nobody, and "Danny" is Daniel's short form.
    expect(facts("Dear Coach, thank you.", "Coach Daniel Rivera")[0]).toMatchObject({ ok: false, detail: "Daniel does not appear in the letter." });
    expect(facts("Dear Danny, thank you.", "Coach Daniel Rivera")[0]).toMatchObject({ ok: false, detail: expect.stringMatching(/calls them Danny; the brief says Daniel/) });
  });

  it("notices a memory the letter negates", () => {
    const text = "Dear Margaret, we never swam in the lake at Grandpa's cabin. Your lemon cake every Sunday was the best.";
    const swim = check(text).find((c) => c.label.startsWith("Teaching"));
    expect(swim).toMatchObject({ ok: false });
    expect(swim!.detail).toBe("The letter says it did not happen: “we never swam in the lake at Grandpa's cabin.”");
  });

  it("never takes a place or name from the brief for a misspelt recipient name", () => {
    const text = "Dear Margaret, I think of our day in Margate.";
    expect(checkFacts(text, { brief, recipientName: "Margaret Bennett", names: ["Margate"] }).filter((c) => c.kind === "name-spelling")).toEqual([]);
    expect(checkFacts(text, { brief, recipientName: "Margaret Bennett" }).filter((c) => c.kind === "name-spelling")).toHaveLength(1);
  });

  it("checks an age against the address book's birthday, and years against the brief", () => {
    const base = { brief: { ...brief, memories: [], mustAvoid: "", mustInclude: "" }, recipientName: "Margaret", birthday: "1965-03-02", on: "2026-03-01" };
    const numbers = (text: string, more = {}) => checkFacts(text, { ...base, ...more }).filter((c) => c.kind === "number");
    expect(numbers("Dear Margaret, happy 60th birthday!")).toEqual([
      { kind: "number", label: "“60th” — check the age", ok: false, detail: "The address book's birthday (1965-03-02) makes it 61." },
    ]);
    expect(numbers("Dear Margaret, happy sixty-first birthday!")).toEqual([]);
    const anniversary = { brief: { ...base.brief, occasion: "anniversary" as const, mustInclude: "Our 40th anniversary" } };
    expect(numbers("Dear Margaret, thirty years ago today we were married.", anniversary)).toHaveLength(1);
    expect(numbers("Dear Margaret, forty years ago today we were married. Happy 40th anniversary!", anniversary)).toEqual([]);
  });
});

describe("the fact check on letters an editor would stop, or sign", () => {
  it.each(factCases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const open = checkFacts(c.text, c.context).filter((f) => !f.ok);
    if (c.open) expect(open.length).toBeGreaterThan(0);
    else expect(open).toEqual([]);
  });
});
