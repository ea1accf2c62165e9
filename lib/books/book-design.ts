// Page geometry of a printed book: trim sizes, bleed, margins and spine. Pure numbers, in points
// (72 to the inch), so the interior, the cover and the preflight report agree on every figure.

export const TRIM_SIZES = {
  "6x9": { label: "6 × 9 in (US trade)", width: 432, height: 648 },
  "5.5x8.5": { label: "5.5 × 8.5 in (digest)", width: 396, height: 612 },
  a5: { label: "A5 (148 × 210 mm)", width: 419.53, height: 595.28 },
} as const;
export type TrimSize = keyof typeof TRIM_SIZES;
export const TRIM_SIZE_KEYS = Object.keys(TRIM_SIZES) as TrimSize[];

const INCH = 72;
/** Bleed on every edge of every page and of the cover, as Lulu and IngramSpark ask. */
export const BLEED = 0.125 * INCH;
/** Printers refuse perfect-bound paperbacks thinner than this. */
export const MIN_PAGES = 24;

/**
 * The inside (binding) margin for a page count. Thicker books curve more into the spine, so the
 * margin grows with the pages: these meet or exceed KDP's published minimum inside margins
 * (0.375 in to 150 pages … 0.875 in over 700) and Lulu's 0.5 in safety margin plus its
 * recommended 0.2–0.3 in gutter, so one file suits every printer.
 */
export function insideMargin(pages: number): number {
  const inches = pages <= 60 ? 0.75 : pages <= 150 ? 0.8 : pages <= 300 ? 0.85 : pages <= 500 ? 0.9 : pages <= 700 ? 0.95 : 1;
  return inches * INCH;
}

/** Lulu's paperback spine on white paper: pages ÷ 444 + 0.06 in. */
export function spineWidth(pages: number): number {
  return (pages / 444 + 0.06) * INCH;
}

/** Spine text needs room for a line of type and the printer's 0.0625 in variance on each side. */
export const MIN_SPINE_FOR_TEXT = 0.25 * INCH;

export type PageGeometry = {
  /** The PDF page, trim plus bleed on every side. */
  width: number;
  height: number;
  bleed: number;
  trim: { width: number; height: number };
  /** Margins measured from the bleed edge (they include the bleed). */
  top: number;
  bottom: number;
  inside: number;
  outside: number;
  /** Type size (pt) and the space between lines (em) for the trim size. */
  type: { size: number; leading: number };
};

/** The page geometry of an interior of `pages` pages at a trim size. */
export function pageGeometry(trimSize: TrimSize, pages: number): PageGeometry {
  const trim = TRIM_SIZES[trimSize];
  // Small formats lose a little margin and type size; all stay above the printers' 0.5 in safety.
  const small = trim.width < 420;
  return {
    width: trim.width + 2 * BLEED,
    height: trim.height + 2 * BLEED,
    bleed: BLEED,
    trim: { width: trim.width, height: trim.height },
    top: BLEED + (small ? 0.7 : 0.8) * INCH,
    bottom: BLEED + (small ? 0.8 : 0.9) * INCH,
    inside: BLEED + insideMargin(pages),
    outside: BLEED + (small ? 0.55 : 0.65) * INCH,
    type: small ? { size: 10.5, leading: 0.66 } : { size: 11, leading: 0.68 },
  };
}
