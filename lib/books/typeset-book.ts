import type { ExportPreflight } from "@/lib/db/schema";
import { MIN_PAGES, TRIM_SIZES } from "./book-design";
import type { BookInput } from "./book-input";
import { addFacsimiles } from "./add-facsimiles";
import { describeUncovered, uncoveredInBook } from "./preflight-book";
import { typesetCover } from "./typeset-cover";
import { typesetEpub } from "./typeset-epub";
import { typesetInterior } from "./typeset-interior";

export type TypesetBook = { interior: Uint8Array; cover: Uint8Array; epub: Uint8Array; preflight: ExportPreflight };

/** A book a printer would refuse: nothing is stored, and the preflight says why. */
export class BookRefused extends Error {
  name = "BookRefused";
  constructor(
    message: string,
    readonly preflight: ExportPreflight | null,
  ) {
    super(message);
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A collection as print-ready files, the interior and the cover, with the printer's preflight
 * read back from the real output, and as an EPUB for screens. Refuses before typesetting when some character cannot be
 * printed, and after it when the book is under the printers' minimum page count. A pure function
 * of plain data (no database), so it runs unchanged in a worker thread. `progress` hears 0–1.
 */
export async function typesetBook(input: BookInput, progress: (fraction: number) => void = () => {}): Promise<TypesetBook> {
  const uncovered = uncoveredInBook(input);
  if (uncovered.length) {
    throw new BookRefused(`Some characters cannot be printed with the book’s fonts. ${uncovered.map(describeUncovered).join(" ")}`, null);
  }
  const book = addFacsimiles(input);
  progress(0.05);
  const interior = await typesetInterior(book);
  progress(0.8);
  const cover = await typesetCover(book, interior.pages);
  progress(0.95);
  const preflight: ExportPreflight = {
    trimSize: book.trimSize,
    trim: { width: TRIM_SIZES[book.trimSize].width, height: TRIM_SIZES[book.trimSize].height },
    pages: interior.pages,
    spineWidth: round(cover.geometry.spine),
    spineText: cover.geometry.spineText,
    insideMargin: interior.insideMargin,
    boxes: { interior: interior.inspection.boxes, cover: cover.inspection.boxes },
    fonts: [...new Map([...interior.inspection.fonts, ...cover.inspection.fonts].map((f) => [f.name, f])).values()],
    uncovered,
    problems: [],
  };
  if (interior.pages < MIN_PAGES) {
    preflight.problems.push(
      `The book has ${interior.pages} pages; printers need at least ${MIN_PAGES} for a paperback. Add letters, a foreword or a dedication.`,
    );
  }
  for (const font of preflight.fonts) {
    if (!font.embedded) preflight.problems.push(`The font ${font.name} is not embedded.`);
  }
  if (preflight.problems.length) throw new BookRefused(preflight.problems.join(" "), preflight);
  return { interior: interior.pdf, cover: cover.pdf, epub: await typesetEpub(book), preflight };
}
