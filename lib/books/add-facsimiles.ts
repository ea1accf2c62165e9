import { letterPageSvg } from "@/lib/handwriting/render-letter-svg";
import type { BookInput } from "./book-input";

/**
 * Draws each letter's first handwritten page (the handwriting engine's vector outlines, no text
 * layer and no fonts to embed) for the page facing its transcription. Pure, like the typesetting.
 */
export function addFacsimiles(book: BookInput): BookInput {
  return {
    ...book,
    parts: book.parts.map((part) => ({
      ...part,
      letters: part.letters.map((letter) => (letter.handwriting ? { ...letter, facsimileSvg: letterPageSvg(letter.handwriting, 0, { text: false }) } : letter)),
    })),
  };
}
