import { describe, expect, it } from "vitest";
import { chapterTitle } from "@/lib/books/chapter-title";
import { letterStructure } from "@/lib/books/letter-structure";
import { givenNames, surnames } from "@/lib/books/person-names";

describe("letterStructure", () => {
  it("sets the salutation, body and sign-off apart", () => {
    expect(letterStructure("Dear Margaret,\n\nHappy birthday.\nSee you soon.\n\nAnother thing.\n\nWith love, Clara")).toEqual({
      salutation: "Dear Margaret,",
      paragraphs: [["Happy birthday.", "See you soon."], ["Another thing."]],
      closing: ["With love,", "Clara"],
      postscript: null,
    });
  });

  it("finds a sign-off over two paragraphs and a P.S., and leaves unusual letters as body text", () => {
    expect(letterStructure("Dear Ana,\n\nThank you.\n\nYours always,\n\nMilo\n\nP.S. The cake!")).toMatchObject({
      closing: ["Yours always,", "Milo"],
      postscript: ["P.S. The cake!"],
    });
    expect(letterStructure("Thank you for everything you did that year.")).toEqual({
      salutation: null,
      paragraphs: [["Thank you for everything you did that year."]],
      closing: null,
      postscript: null,
    });
  });
});

describe("names in chapter titles", () => {
  it("keeps every given name and drops the surname", () => {
    expect(givenNames("Ana María López")).toBe("Ana María");
    expect(givenNames("María José de la Cruz")).toBe("María José");
    expect(surnames("María José de la Cruz")).toEqual(["Cruz"]);
    expect(givenNames("Cher")).toBe("Cher");
    expect(chapterTitle("Ana María López", "birthday")).toBe("For Ana María, on a birthday");
    expect(chapterTitle(null, "thanks")).toBe("A letter with thanks");
  });
});
