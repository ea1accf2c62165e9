import { describe, expect, it } from "vitest";
import { letterNotes } from "@/lib/proofread/letter-notes";

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
