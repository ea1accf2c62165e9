// Book typesetting (Typst) in a worker thread.
import type { BookInput } from "@/lib/books/book-input";
import { BookRefused, typesetBook as typeset, type TypesetBook } from "@/lib/books/typeset-book";

/** An error's class does not cross threads: a printer's refusal comes back as data, and is thrown again. */
export type TypesetOutcome = { book: TypesetBook } | { refused: { message: string; preflight: BookRefused["preflight"] } };

export async function typesetBook(input: BookInput): Promise<TypesetOutcome> {
  try {
    return { book: await typeset(input) };
  } catch (error) {
    if (error instanceof BookRefused) return { refused: { message: error.message, preflight: error.preflight } };
    throw error;
  }
}
