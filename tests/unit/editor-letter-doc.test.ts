import { describe, expect, it } from "vitest";
import { docToPlain, plainToDoc, plainToPos, posToPlain } from "@/lib/editor/letter-doc";

const letter = "Dear Rosalind,\n\nI recieve your letters with joy.\nEvery one of them.\n\nLove always,\nClara";

describe("a letter's text in the editor and back", () => {
  it("keeps every letter exactly as it was written", () => {
    const texts = [
      letter,
      "",
      "One line",
      "\n\nstarts with a blank line",
      "ends with a blank line\n\n",
      "three\n\n\nline breaks",
      "four\n\n\n\nline breaks",
      "\n",
      "\n\n\n\n\n",
      "  spaces   and\ttabs  ",
      "Zoë, 東京 and 👋🏽 — “quoted”\n\nŁukasz",
      "Windows\r\nline ends",
    ];
    for (const text of texts) expect(docToPlain(plainToDoc(text))).toBe(text);
  });

  it("makes a paragraph of each blank-line-separated block and a line break of a single newline", () => {
    const doc = plainToDoc(letter);
    expect(doc.childCount).toBe(3);
    expect(doc.child(0).textContent).toBe("Dear Rosalind,");
    expect(doc.child(2).child(1).type.name).toBe("hardBreak");
    expect(doc.child(2).textContent).toBe("Love always,Clara");
  });
});

describe("offsets in the text and positions in the editor", () => {
  const doc = plainToDoc(letter);

  it("puts a suggestion's offsets on the same words in every paragraph", () => {
    for (const word of ["Rosalind", "recieve", "Every one", "Love", "Clara"]) {
      const start = letter.indexOf(word);
      const from = plainToPos(doc, start);
      const to = plainToPos(doc, start + word.length);
      expect(doc.textBetween(from, to, "\n\n", "\n")).toBe(word);
      expect(posToPlain(doc, from)).toBe(start);
      expect(posToPlain(doc, to)).toBe(start + word.length);
    }
  });

  it("round-trips every offset of the text, and counts emoji and accents as the proofreader does (UTF-16)", () => {
    const text = "Zoë 👋🏽 here,\n\nthen 東京.\nBye\n\n\nnow";
    const d = plainToDoc(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const between = text.slice(offset - 1, offset + 1) === "\n\n" && text.charAt(offset - 2) !== "\n";
      const back = posToPlain(d, plainToPos(d, offset));
      // Inside a paragraph break the position is the end of the paragraph before it.
      expect(back).toBe(between ? offset - 1 : offset);
    }
    const wave = text.indexOf("👋🏽");
    expect(d.textBetween(plainToPos(d, wave), plainToPos(d, wave + "👋🏽".length))).toBe("👋🏽");
  });

  it("keeps offsets past the end and positions between paragraphs in the text", () => {
    expect(plainToPos(doc, letter.length + 10)).toBe(doc.content.size - 1);
    const secondParagraph = plainToPos(doc, letter.indexOf("I recieve"));
    // The position just before the second paragraph opens is the end of the first.
    expect(posToPlain(doc, secondParagraph - 1)).toBe("Dear Rosalind,".length);
    expect(posToPlain(doc, 0)).toBe(0);
    expect(posToPlain(doc, doc.content.size)).toBe(letter.length);
  });
});
