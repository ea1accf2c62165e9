import { layoutLetter, type LetterInput } from "./layout-letter";
import { pageSvg } from "./render-letter-svg";

/** Wide enough for an email and twice a list's thumbnail on a sharp screen; a page is 40–120 KB. */
export const THUMBNAIL_WIDTH = 480;

/**
 * The letter's first page as a PNG, for lists and emails: the engine's own SVG of that page (the same
 * layout as the reader and the PDF), rasterised by resvg with no system fonts (the letterforms are
 * outlines already). Pure, like the other renderers, so it runs in the worker-thread pool.
 */
export async function renderLetterThumbnail(input: LetterInput, width = THUMBNAIL_WIDTH): Promise<Uint8Array> {
  // Loaded on first use: the worker bundle holds every heavy task, and a native addon that failed to
  // load must cost the thumbnails only, never the PDFs, books and proofreading beside them.
  const { Resvg } = await import("@resvg/resvg-js");
  const svg = pageSvg(layoutLetter(input), 0, { text: false, forRaster: true });
  const png = new Resvg(svg, { fitTo: { mode: "width", value: width }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
