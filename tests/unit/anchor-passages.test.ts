import { describe, expect, it } from "vitest";
import { anchorPassages } from "@/lib/letters/anchor-passages";

const body = "Dear Rosalind,\n\nthe wind took our sandwiches and you laughed.\n\nWith love, Tom";

describe("a client's comments placed in the letter they quote", () => {
  it("marks each quoted passage, numbered in reading order, whatever order the comments came in", () => {
    const laughed = body.indexOf("you laughed");
    const wind = body.indexOf("the wind");
    expect(
      anchorPassages(body, [
        { id: "b", quote: "you laughed", anchorStart: laughed, anchorEnd: laughed + 11 },
        { id: "a", quote: "the wind", anchorStart: wind, anchorEnd: wind + 8 },
        { id: "whole", quote: null },
      ]),
    ).toEqual([
      { id: "a", start: wind, end: wind + 8, number: 1 },
      { id: "b", start: laughed, end: laughed + 11, number: 2 },
    ]);
  });

  it("finds words whose stored range has moved, and leaves out words the letter lacks and overlapping passages", () => {
    const marks = anchorPassages(body, [
      { id: "moved", quote: "sandwiches", anchorStart: 0, anchorEnd: 10 },
      { id: "gone", quote: "the hat" },
      { id: "overlap", quote: "sandwiches and you" },
    ]);
    expect(marks).toEqual([{ id: "moved", start: body.indexOf("sandwiches"), end: body.indexOf("sandwiches") + 10, number: 1 }]);
  });
});
