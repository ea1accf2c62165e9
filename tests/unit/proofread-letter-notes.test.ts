import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { findCliches } from "@/lib/proofread/find-cliches";
import { letterNotes } from "@/lib/proofread/letter-notes";

const findClichesAsThePackageDoes = createRequire(import.meta.url)("no-cliches") as (text: string) => { index: number; offset: number }[];

describe("letter-level notes", () => {
  it("points out a cliché where it is, saying why", () => {
    const text = "Losing the job was a blessing in disguise.";
    const [note] = letterNotes(text);
    expect(note).toMatchObject({ rule: "Cliche" });
    expect(text.slice(note.start, note.end)).toBe("blessing in disguise");
    expect(note.message).toMatch(/is a cliché/);
  });

  it("notes four sentences in a row that open the same way, but leaves three (a deliberate rhythm) alone", () => {
    const three = "I miss you. I think of you. I hope you are well. The garden is lovely.";
    expect(letterNotes(three)).toEqual([]);
    const four = `${three.replace(" The garden", " I wish you were here. The garden")}`;
    const [note] = letterNotes(four);
    expect(note).toMatchObject({ rule: "RepeatedOpening", message: expect.stringMatching(/4 sentences in a row begin with “I”/) });
    expect(note.start).toBe(four.indexOf("I wish"));
  });
});

describe("finding clichés", () => {
  it("finds every phrase of the no-cliches list as the package does, in any case and spacing", () => {
    const text = "It was A Blessing  In\nDisguise, truly. She had a heart of gold, and we’ll see it’s all in a day’s work.";
    const found = findCliches(text).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(expect.arrayContaining(["Blessing  In\nDisguise", "all in a day’s work"]));
    expect(findCliches(text).map((m) => [m.start, m.end - m.start])).toEqual(
      findClichesAsThePackageDoes(text.replace(/’/g, "'")).map((m) => [m.index, m.offset]),
    );
  });

  it("finds only whole words", () => {
    expect(findCliches("The acid tester came.")).toEqual([]);
  });
});
