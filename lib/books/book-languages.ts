// The languages a book can be set in: Typst hyphenates each of them, and the book's fonts cover
// their scripts. The tag becomes the text language of the interior and the EPUB.
export const BOOK_LANGUAGES = {
  "en-US": "English (US)",
  "en-GB": "English (UK)",
  "en-CA": "English (Canada)",
  "en-AU": "English (Australia)",
  fr: "French",
  de: "German",
  es: "Spanish",
  it: "Italian",
  pt: "Portuguese",
  nl: "Dutch",
  pl: "Polish",
  el: "Greek",
  ru: "Russian",
  uk: "Ukrainian",
  vi: "Vietnamese",
} as const;
export type BookLanguage = keyof typeof BOOK_LANGUAGES;
export const BOOK_LANGUAGE_TAGS = Object.keys(BOOK_LANGUAGES) as [BookLanguage, ...BookLanguage[]];
