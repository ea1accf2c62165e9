// Makes the README's pictures of the book from the real output: the demo collection typeset
// exactly as an export does, a facsimile page facing a chapter opener, a text page with its
// running head, and the cover,
// rendered with poppler's pdftoppm. Run with `npx tsx scripts/book-pictures.ts` after changing
// the typesetting, and look at docs/book-*.png before committing them.
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BookInput } from "@/lib/books/book-input";
import { chapterTitle } from "@/lib/books/chapter-title";
import { givenNames } from "@/lib/books/person-names";
import { typesetBook } from "@/lib/books/typeset-book";
import { demoLetterText } from "@/lib/db/demo-letter-text";

// The demo collection's people (lib/db/seed.ts).
const people = [
  ["Ana María López", "birthday"],
  ["Łucja Nowak", "thanks"],
  ["Søren Madsen", "congratulations"],
  ["Zoë Hartley", "birthday"],
  ["José Ferreira", "thanks"],
  ["Chloé Martin", "anniversary"],
  ["Björn Lindqvist", "condolence"],
  ["Ngọc Anh Trần", "thanks"],
] as const;
const letters = people.map(([name, occasion], i) => {
  const text = demoLetterText(`demo-book-${i}`, givenNames(name), "Clara", 650 + ((i * 137) % 400));
  // Facsimiles on, as the option on the collection page sets them.
  return { title: chapterTitle(name, occasion), text, handwriting: { body: text, style: "caveat", ink: "navy", stationery: "cream", variety: "en-GB", seed: `demo-book-${i}` } };
});
const book: BookInput = {
  title: "Letters from Your Life",
  subtitle: "A year of letters worth keeping",
  credit: "The writers of Beautiful Handwritten Letters",
  language: "en-GB",
  trimSize: "6x9",
  dedication: "For everyone who kept the letters.",
  foreword: "",
  blurb: "Some letters are too good to keep in a drawer. These were written by hand, for particular people, and shared with their blessing.",
  year: 2026,
  parts: [
    { title: "Birthdays and Beginnings", letters: letters.slice(0, 4) },
    { title: "Thanks", letters: letters.slice(4) },
  ],
};

const dir = mkdtempSync(path.join(tmpdir(), "bhl-pictures-"));
const { interior, cover } = await typesetBook(book);
writeFileSync(path.join(dir, "interior.pdf"), interior);
writeFileSync(path.join(dir, "cover.pdf"), cover);
const pages = execFileSync("pdftotext", [path.join(dir, "interior.pdf"), "-"], { encoding: "utf8" }).split("\f");
// The first letter's opener, and the next page (a text page with running head and folio).
const opener = pages.findIndex((text) => text.trimStart().startsWith("letter 1\n")) + 1;
const render = (pdf: string, page: number, name: string, dpi: number) => {
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", path.join(dir, pdf), path.join(dir, name)]);
  renameSync(path.join(dir, `${name}.png`), path.join("docs", `${name}.png`));
};
render("interior.pdf", opener - 1, "book-facsimile", 60);
render("interior.pdf", opener, "book-opener", 60);
render("interior.pdf", opener + 1, "book-text", 60);
render("cover.pdf", 1, "book-cover", 40);
console.log(`docs/book-facsimile.png (page ${opener - 1}), docs/book-opener.png (page ${opener}), docs/book-text.png (page ${opener + 1}), docs/book-cover.png`);
