import { BLEED, MIN_SPINE_FOR_TEXT, spineWidth, TRIM_SIZES } from "./book-design";
import { BOOK_FONT_FAMILIES } from "./book-fonts";
import type { BookInput } from "./book-input";
import { plainParagraphs } from "./letter-structure";
import { preparePrintPdf, type PdfInspection } from "./prepare-print-pdf";
import { compileTypst, template } from "./typst-compiler";
import { IMPRINT } from "./typeset-interior";

export type CoverGeometry = { width: number; height: number; spine: number; spineText: boolean };

/** The cover sheet for an interior of `pages` pages: back + spine + front, bleed all round. */
export function coverGeometry(book: Pick<BookInput, "trimSize">, pages: number): CoverGeometry {
  const trim = TRIM_SIZES[book.trimSize];
  const spine = spineWidth(pages);
  return { width: 2 * trim.width + spine + 2 * BLEED, height: trim.height + 2 * BLEED, spine, spineText: spine >= MIN_SPINE_FOR_TEXT };
}


/** The data the cover template reads as /cover.json, for an interior of `pages` pages. */
export function coverData(book: BookInput, pages: number) {
  const geometry = coverGeometry(book, pages);
  const [lang, region] = book.language.toLowerCase().split("-");
  return {
    ...geometry,
    bleed: BLEED,
    trim: TRIM_SIZES[book.trimSize],
    title: book.title,
    subtitle: book.subtitle,
    credit: book.credit,
    imprint: IMPRINT,
    blurb: plainParagraphs(book.blurb),
    fonts: BOOK_FONT_FAMILIES,
    lang,
    region: region ?? null,
  };
}

/** Typesets the cover PDF with TrimBox (the whole cover as bound) and BleedBox set. */
export async function typesetCover(book: BookInput, pages: number): Promise<{ pdf: Uint8Array; geometry: CoverGeometry; inspection: PdfInspection }> {
  const geometry = coverGeometry(book, pages);
  const { pdf } = compileTypst(template("cover.typ"), { "/cover.json": JSON.stringify(coverData(book, pages)) });
  return { ...(await preparePrintPdf(pdf, BLEED)), geometry };
}
