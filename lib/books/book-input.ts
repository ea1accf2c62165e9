import type { LetterInput } from "@/lib/handwriting/layout-letter";
import type { TrimSize } from "./book-design";

// Everything a book is made from, as plain data: the compile job reads it from the database and
// hands it to the typesetting (a pure function, so it can run in a worker thread).

export type BookLetter = {
  /** The chapter title, as the admin set it ("For Ana María, on a birthday"). */
  title: string;
  /** The text the book prints (redacted and edited). */
  text: string;
  /** The letter's text in its order's hand, ink and paper, when the book has facsimiles. */
  handwriting?: LetterInput | null;
  /** The first page of the letter in handwriting, as self-contained SVG (drawn from `handwriting`). */
  facsimileSvg?: string | null;
};

export type BookPart = { title: string | null; letters: BookLetter[] };

export type BookInput = {
  title: string;
  subtitle: string;
  /** "Letters by the writers of Beautiful Handwritten Letters": the title page and cover credit. */
  credit: string;
  /** The collection's language as a BCP 47 tag ("en-GB", "pl"): hyphenation and quotes follow it. */
  language: string;
  trimSize: TrimSize;
  dedication: string;
  foreword: string;
  blurb: string;
  /** The year on the copyright page. */
  year: number;
  parts: BookPart[];
};

export const bookLetters = (book: Pick<BookInput, "parts">): BookLetter[] => book.parts.flatMap((p) => p.letters);
