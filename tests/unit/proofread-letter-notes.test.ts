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

describe("notes against the brief", () => {
  const toneNotes = (text: string, tone: string) => letterNotes(text, { tone }).filter((n) => n.rule === "Tone");
  const warmLetter = "Dear Mr. Okoye,\n\nThank you for the years of Saturday lessons. " + "You made every one of us feel that we could do it, and I still hear your voice when I play. ".repeat(8);

  it("says when a warm letter sounds official, on the phrase that does it", () => {
    const text = `${warmLetter}Furthermore, I hereby thank you.`;
    const [note] = toneNotes(text, "Warm");
    expect(text.slice(note.start, note.end)).toBe("Furthermore");
    expect(note.message).toMatch(/asks for a warm tone, but “Furthermore” and “hereby” read like an official letter/);
    expect(toneNotes(warmLetter, "Warm")).toEqual([]);
  });

  it("says when a formal letter sounds casual, but allows one exclamation", () => {
    const casual = `${warmLetter}Yeah, I can't wait to see you! It's been ages!`;
    const [note] = toneNotes(casual, "Formal");
    expect(note).toMatchObject({ rule: "Tone", message: expect.stringMatching(/asks for a formal tone, but “Yeah”, “can't” and exclamation marks read as casual/) });
    expect(toneNotes(`${warmLetter}Congratulations!`, "Formal")).toEqual([]);
  });

  it("says when a nostalgic or encouraging letter lacks what makes it so", () => {
    const plain = "Dear Jean,\n\n" + "The garden is full of roses this month and the new gate works well. ".repeat(8);
    expect(toneNotes(plain, "Nostalgic")).toMatchObject([{ rule: "Tone", start: 0, message: expect.stringMatching(/hardly looks back/) }]);
    expect(toneNotes(`${plain} I remember the old gate.`, "Nostalgic")).toEqual([]);
    expect(toneNotes(plain, "Encouraging")).toMatchObject([{ rule: "Tone", message: expect.stringMatching(/encouraging tone/) }]);
    expect(toneNotes(`${plain} I am so proud of you.`, "Encouraging")).toEqual([]);
  });

  it("keeps the recipient's name and title one way throughout", () => {
    const text = "Dear Mr. Okoye,\n\nThank you, Chidi, for everything. Mr Okoye, you were the best. Dr. Okoye would agree. Mr. Okoye, thank you.";
    const notes = letterNotes(text, { recipientName: "Mr. Chidi Okoye" });
    expect(notes.map((n) => [n.rule, text.slice(n.start, n.end)])).toEqual([
      ["NameForm", "Chidi"],
      ["NameForm", "Mr Okoye"],
      ["NameForm", "Dr. Okoye"],
    ]);
    expect(notes[2].message).toMatch(/brief names the recipient “Mr. Chidi Okoye”; here the title is “Dr.”/);
    // Family titles sit beside the given name naturally, and a consistent letter has no note.
    expect(letterNotes("Dear Auntie Jean,\n\nJean, you are wonderful.", { recipientName: "Auntie Jean Walker" })).toEqual([]);
    expect(letterNotes("Dear Mr. Okoye,\n\nThank you, Mr. Okoye.", { recipientName: "Mr. Chidi Okoye" })).toEqual([]);
  });

  it("points to the hardest sentence of a letter that reads like a report", () => {
    const hard =
      "Notwithstanding the considerable administrative complications associated with the reorganisation of the departmental infrastructure, the committee determined that implementation would necessitate substantial expenditure. ";
    const text = `Dear Jean,\n\nThank you for the tea. ${hard.repeat(6)}`;
    const [note] = letterNotes(text).filter((n) => n.rule === "Readability");
    expect(note.message).toMatch(/reads at about school grade \d+/);
    expect(text.slice(note.start, note.end)).toBe(hard.trim());
    expect(letterNotes(warmLetter).filter((n) => n.rule === "Readability")).toEqual([]);
  });
});
