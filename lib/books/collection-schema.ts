import { z } from "zod";
import { MAX_LETTER_CHARS } from "@/lib/letters/save-version";
import { BOOK_LANGUAGE_TAGS } from "./book-languages";
import { TRIM_SIZE_KEYS } from "./book-design";

const title = z.string().trim().min(1, "Give the collection a title.").max(200, "Please keep the title under 200 characters.");
const subtitle = z.string().trim().max(300, "Please keep the subtitle under 300 characters.").default("");

/** The "New collection" form; strict, so nothing but these fields reaches the database. */
export const collectionSchema = z.strictObject({
  title,
  subtitle,
  // Checkboxes: absent when none is ticked, a string for one, an array for several.
  orderIds: z
    .union([z.string(), z.array(z.string())], "Choose at least one letter.")
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.uuid("Choose letters from the list.")).min(1, "Choose at least one letter.").max(500)),
});
export type CollectionInput = z.output<typeof collectionSchema>;

/** The book's front matter and print settings, as the admin edits them after creating it. */
export const frontMatterSchema = z.strictObject({
  collectionId: z.uuid(),
  title,
  subtitle,
  credit: z.string().trim().min(1, "Say who the letters are by.").max(200, "Please keep the credit under 200 characters."),
  language: z.enum(BOOK_LANGUAGE_TAGS, "Choose a language from the list."),
  trimSize: z.enum(TRIM_SIZE_KEYS, "Choose a trim size from the list."),
  dedication: z.string().trim().max(500, "A dedication fits on one page: please keep it under 500 characters.").default(""),
  foreword: z.string().trim().max(MAX_LETTER_CHARS, "That foreword is too long.").default(""),
  // The back cover holds about 1,200 characters at a readable size beside the barcode area.
  blurb: z.string().trim().max(1200, "The back cover holds about 1,200 characters: please shorten the blurb.").default(""),
  // A checkbox: "on" when ticked, absent when not.
  facsimiles: z.literal("on").optional().transform((v) => v === "on"),
});
export type FrontMatterInput = z.output<typeof frontMatterSchema>;
