import { describe, expect, it } from "vitest";
import { remapRanges, textChange } from "@/lib/editor/remap-ranges";

const text = "I recieve your letters with joy and waht you send.";
const range = (word: string) => ({ word, start: text.indexOf(word), end: text.indexOf(word) + word.length });
const marks = [range("recieve"), range("waht")];
const words = (after: string, ranges: { start: number; end: number }[]) => ranges.map((r) => after.slice(r.start, r.end));

describe("marks follow their words while the writer edits", () => {
  it("finds the one changed stretch", () => {
    expect(textChange("abc", "abc")).toBeNull();
    expect(textChange("a b", "a  b")).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
    expect(textChange("abcd", "ad")).toEqual({ start: 1, oldEnd: 3, newEnd: 1 });
  });

  it("moves marks after an edit earlier in the letter and keeps marks before it", () => {
    const after = text.replace("I recieve", "Dear you,\n\nI recieve").replace("you send.", "you send me.");
    const moved = remapRanges(marks, text, after.replace("you send me.", "you send."));
    expect(words(after, moved)).toEqual(["recieve", "waht"]);
    const later = text.replace("you send.", "you send me.");
    expect(words(later, remapRanges(marks, text, later))).toEqual(["recieve", "waht"]);
  });

  it("drops the mark of a word the edit changed, and keeps the others in place", () => {
    const fixed = text.replace("recieve", "receive");
    const left = remapRanges(marks, text, fixed);
    expect(left.map((m) => m.word)).toEqual(["waht"]);
    expect(words(fixed, left)).toEqual(["waht"]);
    const longer = text.replace("waht", "whatever");
    expect(remapRanges(marks, text, longer).map((m) => m.word)).toEqual(["recieve"]);
  });

  it("drops a mark when letters are typed against its word, not when a space or comma is", () => {
    const joined = text.replace("recieve", "recieved");
    expect(remapRanges(marks, text, joined).map((m) => m.word)).toEqual(["waht"]);
    const prefixed = text.replace("waht", "swaht");
    expect(remapRanges(marks, text, prefixed).map((m) => m.word)).toEqual(["recieve"]);
    const comma = text.replace("recieve", "recieve,");
    expect(words(comma, remapRanges(marks, text, comma))).toEqual(["recieve", "waht"]);
    const space = text.replace("waht", " waht");
    expect(words(space, remapRanges(marks, text, space))).toEqual(["recieve", "waht"]);
  });

  it("keeps every mark when nothing changed", () => {
    expect(remapRanges(marks, text, text)).toEqual(marks);
  });
});
