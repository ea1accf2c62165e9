import { describe, expect, it } from "vitest";
import { timeLeft } from "@/lib/desk/time-left";
import { computeAiShare } from "@/lib/letters/compute-ai-share";
import { diffVersions } from "@/lib/letters/diff-versions";
import { letterStats } from "@/lib/letters/letter-stats";

describe("diffVersions", () => {
  it("marks added and removed words in reading order and counts them", () => {
    const diff = diffVersions("Dear Mum, happy birthday to you.", "Dear Mum, a very happy birthday.");
    const rebuiltAfter = diff.parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("");
    const rebuiltBefore = diff.parts.filter((p) => p.kind !== "added").map((p) => p.text).join("");
    expect(rebuiltAfter).toBe("Dear Mum, a very happy birthday.");
    expect(rebuiltBefore).toBe("Dear Mum, happy birthday to you.");
    expect(diff.parts).toEqual([
      { kind: "same", text: "Dear Mum, " },
      { kind: "added", text: "a very " },
      { kind: "same", text: "happy birthday" },
      { kind: "removed", text: " to you" },
      { kind: "same", text: "." },
    ]);
    expect(diff.wordsAdded).toBe(2);
    expect(diff.wordsRemoved).toBe(2);
  });

  it("reports no changes for the same text", () => {
    const diff = diffVersions("Same words.\n\nTwice.", "Same words.\n\nTwice.");
    expect(diff).toEqual({ parts: [{ kind: "same", text: "Same words.\n\nTwice." }], wordsAdded: 0, wordsRemoved: 0 });
  });
});

describe("computeAiShare", () => {
  const v = (number: number, authorKind: "writer" | "ai" | "editor", body: string) => ({ number, authorKind, body });

  it("credits each word of the final text to the version that first wrote it", () => {
    const share = computeAiShare([
      v(1, "ai", "one two three four five six seven eight nine ten"),
      v(2, "writer", "one two three four five SIX SEVEN EIGHT NINE TEN"),
    ]);
    expect(share).toBe(0.5);
  });

  it("is zero for a letter written by hand, one for an untouched AI draft, null when empty", () => {
    expect(computeAiShare([v(1, "writer", "All mine.")])).toBe(0);
    expect(computeAiShare([v(2, "editor", "Dear Tom, thanks."), v(1, "ai", "Dear Tom, thanks.")])).toBe(1);
    expect(computeAiShare([v(1, "ai", "   ")])).toBeNull();
    expect(computeAiShare([])).toBeNull();
  });
});

describe("letterStats and timeLeft", () => {
  it("counts words against the ordered length", () => {
    expect(letterStats("a b c", "note")).toMatchObject({ words: 3, minutes: 1, minWords: 60, maxWords: 120, fit: "short" });
    expect(letterStats("word ".repeat(300), "letter")).toMatchObject({ words: 300, fit: "within", minutes: 2 });
    expect(letterStats("word ".repeat(950), "long_letter").fit).toBe("long");
  });

  it("reads a deadline as days left or overdue", () => {
    const now = new Date("2027-02-10T15:00:00Z");
    expect(timeLeft(null, now)).toBeNull();
    expect(timeLeft("2027-02-13", now)).toEqual({ text: "3 days left", overdue: false });
    expect(timeLeft("2027-02-11", now)).toEqual({ text: "1 day left", overdue: false });
    expect(timeLeft("2027-02-10", now)).toEqual({ text: "due today", overdue: false });
    expect(timeLeft("2027-02-08", now)).toEqual({ text: "2 days overdue", overdue: true });
  });
});
