import { describe, expect, it } from "vitest";
import { checkFacts } from "@/lib/facts/check-facts";

const brief = {
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
});
