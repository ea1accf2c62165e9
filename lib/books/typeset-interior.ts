import { insideMargin, pageGeometry, type TrimSize } from "./book-design";
import { BOOK_FONT_FAMILIES } from "./book-fonts";
import { bookLetters, type BookInput } from "./book-input";
import { letterStructure, plainParagraphs } from "./letter-structure";
import { preparePrintPdf, type PdfInspection } from "./prepare-print-pdf";
import { compileTypst, template } from "./typst-compiler";

export const IMPRINT = "Beautiful Handwritten Letters";
const PART_LABELS = ["Part One", "Part Two", "Part Three", "Part Four", "Part Five", "Part Six", "Part Seven", "Part Eight", "Part Nine", "Part Ten"];
/** "Part One" for the first titled part, and so on: the interior and the EPUB name parts alike. */
export const partLabel = (index: number) => PART_LABELS[index] ?? `Part ${index + 1}`;

/** The copyright page, the same in print and in the EPUB. */
export function copyrightLines(book: BookInput): string[] {
  return [
    `${book.title}${book.subtitle ? `: ${book.subtitle}` : ""}`,
    `© ${book.year} ${IMPRINT} and the letters’ writers.`,
    "Published with the consent of each letter’s client. Names of private people have been shortened and addresses removed.",
    "All rights reserved.",
  ];
}

/** The data the interior template reads as /book.json, for a page count's margins. */
export function interiorData(book: BookInput, pages: number) {
  const [lang, region] = book.language.toLowerCase().split("-");
  let partNumber = 0;
  let letterNumber = 0;
  return {
    title: book.title,
    subtitle: book.subtitle,
    credit: book.credit,
    imprint: IMPRINT,
    lang,
    region: region ?? null,
    fonts: BOOK_FONT_FAMILIES,
    ...(({ type, ...page }) => ({ page, type }))(pageGeometry(book.trimSize, pages)),
    copyright: [...copyrightLines(book), "Set in EB Garamond."],
    dedication: book.dedication.trim() || null,
    foreword: book.foreword.trim() ? { title: "Foreword", paragraphs: plainParagraphs(book.foreword) } : null,
    parts: book.parts.map((part) => ({
      title: part.title?.trim() || null,
      label: part.title?.trim() ? partLabel(partNumber++) : null,
      letters: part.letters.map((letter) => {
        letterNumber += 1;
        return {
          title: letter.title,
          ...letterStructure(letter.text),
          facsimile: letter.facsimileSvg ? `/facsimile/${letterNumber}.svg` : null,
        };
      }),
    })),
  };
}

// Characters a full text page holds, measured on typeset letters (11 pt EB Garamond on 6 × 9 in).
const CHARS_PER_PAGE: Record<TrimSize, number> = { "6x9": 2700, "5.5x8.5": 2200, a5: 2300 };

/** A first guess of the page count, to choose the gutter before the real count is known. */
export function estimatePages(book: BookInput): number {
  const letters = bookLetters(book);
  const chars = letters.reduce((sum, l) => sum + l.text.length, 0) + book.foreword.length;
  const facsimiles = letters.filter((l) => l.facsimileSvg).length;
  // Front matter, then each letter opens a third of the way down a recto (half a blank verso on average).
  return Math.ceil(10 + chars / CHARS_PER_PAGE[book.trimSize] + letters.length * 0.9 + facsimiles * 1.5 + book.parts.length * 2);
}

/**
 * Typesets the interior with Typst and sets the print boxes. The inside margin depends on the page
 * count, which is known only after typesetting: it is chosen from an estimate and, in the rare case
 * the book lands in another margin band, typeset again with the right one.
 */
export async function typesetInterior(book: BookInput): Promise<{ pdf: Uint8Array; pages: number; insideMargin: number; inspection: PdfInspection }> {
  const files: Record<string, string> = {};
  let letterNumber = 0;
  for (const letter of bookLetters(book)) {
    letterNumber += 1;
    if (letter.facsimileSvg) files[`/facsimile/${letterNumber}.svg`] = letter.facsimileSvg;
  }
  let guess = estimatePages(book);
  let result = compileTypst(template("interior.typ"), { ...files, "/book.json": JSON.stringify(interiorData(book, guess)) });
  if (insideMargin(result.pages) !== insideMargin(guess)) {
    guess = result.pages;
    result = compileTypst(template("interior.typ"), { ...files, "/book.json": JSON.stringify(interiorData(book, guess)) });
  }
  const geometry = pageGeometry(book.trimSize, guess);
  return { ...(await preparePrintPdf(result.pdf, geometry.bleed)), pages: result.pages, insideMargin: insideMargin(guess) };
}
