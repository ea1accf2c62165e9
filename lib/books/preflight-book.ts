import { uncoveredCharacters } from "./book-fonts";
import { bookLetters, type BookInput } from "./book-input";

export type Uncovered = { title: string; characters: string[] };

/**
 * What would not print, found before anything is typeset: every character no book font draws,
 * listed with the letter (or the piece of front matter) it is in, so the admin can fix that text.
 */
export function uncoveredInBook(book: BookInput): Uncovered[] {
  const found: Uncovered[] = [];
  const check = (title: string, ...texts: string[]) => {
    const characters = uncoveredCharacters(texts.join("\n"));
    if (characters.length) found.push({ title, characters });
  };
  check("Title page", book.title, book.subtitle, book.credit);
  check("Dedication", book.dedication);
  check("Foreword", book.foreword);
  check("Back cover", book.blurb);
  for (const part of book.parts) if (part.title) check(`Part: ${part.title}`, part.title);
  for (const letter of bookLetters(book)) check(letter.title, letter.title, letter.text);
  return found;
}

const list = (chars: string[]) => chars.map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`).join(", ");

/** The admin-facing sentence for one finding. */
export const describeUncovered = (u: Uncovered) => `${u.title}: no font can print ${list(u.characters)}.`;
