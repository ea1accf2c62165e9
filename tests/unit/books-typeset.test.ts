import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { spineWidth, TRIM_SIZES, type TrimSize } from "@/lib/books/book-design";
import type { BookInput, BookLetter } from "@/lib/books/book-input";
import { letterStructure } from "@/lib/books/letter-structure";
import { BookRefused, typesetBook } from "@/lib/books/typeset-book";
import { demoLetterText } from "@/lib/db/demo-letter-text";
import { pdfBoxes, pdfFonts, pdfPages } from "../helpers/poppler";

const names = ["Ana María", "Margaret", "Łucja", "Søren", "Zoë", "José", "Chloé", "Björn", "Ngọc Anh", "Αλέξανδρος"];
const letters = (count: number, words = (i: number) => 250 + ((i * 173) % 700)): BookLetter[] =>
  Array.from({ length: count }, (_, i) => ({
    title: `For ${names[i % names.length]}, on a birthday`,
    text: demoLetterText(`test-${i}`, names[i % names.length], "Clara", words(i)),
  }));
const book = (overrides: Partial<BookInput> = {}): BookInput => ({
  title: "Letters from Your Life",
  subtitle: "A year of letters worth keeping",
  credit: "The writers of Beautiful Handwritten Letters",
  language: "en-GB",
  trimSize: "6x9",
  dedication: "For everyone who kept the letters.",
  foreword: "These letters were written for particular people.",
  blurb: "Some letters are too good to keep in a drawer.",
  year: 2026,
  parts: [{ title: null, letters: letters(14) }],
  ...overrides,
});
const inches = (n: number) => n * 72;

describe("typesetBook", { timeout: 120_000 }, () => {
  it("makes an interior a printer accepts: boxes for the trim size, only our fonts, all embedded and subset", async () => {
    const input = book();
    const { interior, cover, preflight } = await typesetBook(input);
    const { pages, boxes } = pdfBoxes(interior);
    expect(pages).toBe(preflight.pages);
    expect(pages).toBeGreaterThanOrEqual(24);
    for (const page of boxes) {
      expect(page.media).toEqual([0, 0, 450, 666]); // 6 × 9 in plus 0.125 in bleed on every side
      expect(page.bleed).toEqual([0, 0, 450, 666]);
      expect(page.trim).toEqual([9, 9, 441, 657]);
    }
    const fonts = pdfFonts(interior);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, subset: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+(EBGaramond|NotoSerif|NotoEmoji)/);
    }
    // The same facts, read by the app for the admin's preflight report.
    expect(preflight.boxes.interior).toEqual({ trim: [9, 9, 441, 657], bleed: [0, 0, 450, 666] });
    expect(preflight.fonts.every((f) => f.embedded && f.subset)).toBe(true);

    // The cover: back + spine + front, bleed all round, spine from the page count (Lulu, white paper).
    const spine = spineWidth(pages);
    const coverBoxes = pdfBoxes(cover).boxes[0];
    expect(coverBoxes.media[2]).toBeCloseTo(2 * 432 + spine + 18, 1);
    expect(coverBoxes.trim).toEqual([9, 9, expect.closeTo(9 + 2 * 432 + spine, 1), 657]);
    expect(preflight.spineWidth).toBeCloseTo(spine, 1);
    for (const font of pdfFonts(cover)) expect(font).toMatchObject({ embedded: true, subset: true });

    // Every letter opens on a recto (odd page) with no running head; other text pages carry one.
    const text = pdfPages(interior);
    const openers = text.flatMap((t, i) => (/^\s*letter \d+/i.test(t) ? [i + 1] : []));
    expect(openers).toHaveLength(14);
    for (const page of openers) expect(page % 2).toBe(1);
    const firstBody = openers[0];
    for (let page = firstBody + 1; page <= pages; page++) {
      const t = text[page - 1].trim();
      if (!t || openers.includes(page)) continue; // blank versos before a recto opener stay blank
      const head = t.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 2).join(" ");
      expect(head, `page ${page} has a running head`).toMatch(page % 2 ? /^for .*birthday \d+$/i : /^\d+ letters from your life$/i);
    }
    // Blank versos really are blank (no folio, no head).
    const blanks = text.map((t, i) => [i + 1, t.trim()] as const).filter(([p, t]) => p > firstBody && t === "");
    for (const [page] of blanks) expect(openers).toContain(page + 1);

    // No page holds only a closing or a signature.
    for (const [i, t] of text.entries()) {
      const body = t.split("\n").map((l) => l.trim()).filter(Boolean).slice(2);
      const onlySignOff = body.length > 0 && body.length <= 2 && input.parts[0].letters.some((l) => {
        const closing = letterStructure(l.text).closing ?? [];
        return body.every((line) => closing.includes(line));
      });
      expect(onlySignOff, `page ${i + 1} holds only a sign-off`).toBe(false);
    }
  });

  it.each(["5.5x8.5", "a5"] as TrimSize[])("sets the boxes for the %s trim", async (trimSize) => {
    const { interior } = await typesetBook(book({ trimSize }));
    const { width, height } = TRIM_SIZES[trimSize];
    const { boxes } = pdfBoxes(interior);
    expect(boxes[0].trim.map((n) => Math.round(n))).toEqual([9, 9, Math.round(9 + width), Math.round(9 + height)]);
    expect(boxes[0].bleed.map((n) => Math.round(n))).toEqual([0, 0, Math.round(18 + width), Math.round(18 + height)]);
  });

  it("prints Polish, Greek, Vietnamese, Chinese and emoji in the book's own fonts", async () => {
    const text = "Droga Łucjo, dziękuję! Αγαπητέ φίλε. Chúc mừng sinh nhật. 你好，生日快乐。 😀🎉\n\nWith love,\nClara";
    const { interior } = await typesetBook(book({ parts: [{ title: "Abroad", letters: [{ title: "For Łucja, z miłością", text }, ...letters(12)] }] }));
    const all = pdfPages(interior).join("\n");
    for (const word of ["dziękuję", "Αγαπητέ", "Chúc mừng", "你好", "Abroad"]) expect(all).toContain(word);
    const fonts = pdfFonts(interior).map((f) => f.name.replace(/^[A-Z]{6}\+/, ""));
    expect(fonts).toEqual(expect.arrayContaining(["NotoSerifSC-Regular", "NotoEmoji-Regular"]));
  });

  it("refuses before typesetting when a character cannot be printed, naming the letter", async () => {
    const input = book({ parts: [{ title: null, letters: [{ title: "For Kavya, on a birthday", text: "அன்புள்ள காவ்யா" }, ...letters(12)] }] });
    const refusal = await typesetBook(input).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(BookRefused);
    expect((refusal as BookRefused).message).toMatch(/For Kavya, on a birthday: no font can print “அ” \(U\+0B85\)/);
  });

  it("refuses a book under 24 pages, saying why", async () => {
    const refusal = await typesetBook(book({ dedication: "", foreword: "", parts: [{ title: null, letters: letters(1, () => 200) }] })).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(BookRefused);
    expect((refusal as BookRefused).message).toMatch(/has \d+ pages; printers need at least 24/);
    expect((refusal as BookRefused).preflight?.pages).toBeLessThan(24);
  });
});

describe("page geometry", () => {
  it("follows Lulu's spine formula", () => {
    expect(spineWidth(362) / 72).toBeCloseTo(362 / 444 + 0.06, 5);
    expect(inches(0.125)).toBe(9);
  });
});

describe("facsimile pages", { timeout: 120_000 }, () => {
  /** How much ink a page carries: the share of its pixels darker than near-white, at 12 dpi. */
  const inkOn = (pdf: Uint8Array, page: number) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "bhl-facsimile-")), "book.pdf");
    writeFileSync(file, pdf);
    const pgm = execFileSync("pdftoppm", ["-gray", "-r", "12", "-f", String(page), "-l", String(page), file]);
    const pixels = pgm.subarray(pgm.length - (() => { const [w, h] = pgm.toString("latin1").split("\n")[1].split(" ").map(Number); return w * h; })());
    return pixels.filter((v) => v < 235).length / pixels.length;
  };

  it("faces each letter's opener with its first page in handwriting, drawn as outlines (no extra fonts)", async () => {
    const look = { style: "caveat", ink: "navy", stationery: "cream", variety: "en-GB" };
    const withHand = letters(5).map((l, i) => ({ ...l, handwriting: { ...look, body: l.text, seed: `order-${i}` } }));
    const { interior, preflight } = await typesetBook(book({ parts: [{ title: null, letters: withHand }] }));
    const text = pdfPages(interior);
    const openers = text.flatMap((t, i) => (/^\s*letter \d+/i.test(t) ? [i + 1] : []));
    expect(openers).toHaveLength(5);
    for (const opener of openers) {
      // The verso before each opener holds the handwritten page: no text layer, but plenty of ink and paper.
      expect(text[opener - 2].trim()).toBe("");
      expect(inkOn(interior, opener - 1)).toBeGreaterThan(0.05);
    }
    expect(preflight.fonts.map((f) => f.name).every((name) => /EBGaramond|NotoSerif|NotoEmoji/.test(name))).toBe(true);
  });
});
