import { describe, expect, it } from "vitest";
import { typesetBook } from "@/lib/books/typeset-book";

const chapter = (i: number, text = "Dear Margaret,\n\nHappy birthday.\n\nWith love, Clara") => ({ title: `For Margaret, letter ${i}`, text });

describe("typesetBook", { timeout: 30_000 }, () => {
  it("has a title page, contents and one new page per short letter", async () => {
    const book = await typesetBook({ title: "Letters", subtitle: "A year", chapters: [1, 2, 3].map((i) => chapter(i)) });
    expect(book.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(book.pages).toBe(1 + 1 + 3);
    // 6 × 9 inch pages.
    expect(book.pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 432 648\]/);
  });

  it("runs the contents over more pages for many letters and lets long letters take several pages", async () => {
    const many = await typesetBook({ title: "Letters", subtitle: "", chapters: Array.from({ length: 20 }, (_, i) => chapter(i)) });
    expect(many.pages).toBe(1 + 2 + 20);
    const long = "I swam across the lake that summer, and you watched from the jetty. ".repeat(120);
    const withLong = await typesetBook({ title: "Letters", subtitle: "", chapters: [chapter(1, long), chapter(2)] });
    expect(withLong.pages).toBeGreaterThan(1 + 1 + 2);
  });

  it("sets letters outside the standard serif's range and reports what nothing can draw", async () => {
    const progress: number[] = [];
    const book = await typesetBook(
      { title: "Listy", subtitle: "", chapters: [chapter(1, "Droga Łucjo, dziękuję — 你好.")] },
      async (done) => {
        progress.push(done);
      },
    );
    expect(book.missingCharacters.sort()).toEqual(["你", "好"]);
    expect(progress).toEqual([1]);
  });
});
