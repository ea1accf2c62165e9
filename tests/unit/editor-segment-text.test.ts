import { describe, expect, it } from "vitest";
import { segmentText } from "@/lib/editor/segment-text";

const text = "Dear Harriet,\n\nI recieve every letter of yours with joy.\nWith love";
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const pieces = (spans: { id: string; start: number; end: number }[]) =>
  segmentText(text, spans).map((p) => p.segments.map((s) => [text.slice(s.start, s.end), s.ids.join(",")]));

describe("the letter cut into paragraphs and marked pieces for the review page", () => {
  it("cuts paragraphs at blank lines and keeps line breaks inside them", () => {
    const paragraphs = segmentText(text, []);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(["Dear Harriet,", "I recieve every letter of yours with joy.\nWith love"]);
  });

  it("nests a misspelling inside a commented passage without tearing either", () => {
    expect(pieces([{ id: "spelling", ...at("recieve") }, { id: "note", ...at("I recieve every letter") }])).toEqual([
      [["Dear Harriet,", ""]],
      [
        ["I ", "note"],
        ["recieve", "spelling,note"],
        [" every letter", "note"],
        [" of yours with joy.\nWith love", ""],
      ],
    ]);
  });

  it("cuts a passage that runs over a paragraph break, and leaves out empty spans", () => {
    const over = { id: "note", start: text.indexOf("Harriet"), end: text.indexOf(" every") };
    expect(pieces([over, { id: "empty", start: 3, end: 3 }])).toEqual([
      [
        ["Dear ", ""],
        ["Harriet,", "note"],
      ],
      [
        ["I recieve", "note"],
        [" every letter of yours with joy.\nWith love", ""],
      ],
    ]);
  });
});
