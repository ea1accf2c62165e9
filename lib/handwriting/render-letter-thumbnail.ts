import { Resvg } from "@resvg/resvg-js";
import { layoutLetter, type LetterInput } from "./layout-letter";
import { pageSvg } from "./render-letter-svg";

/** Wide enough for an email and twice a list's thumbnail on a sharp screen; a page is 40–120 KB. */
export const THUMBNAIL_WIDTH = 480;

/**
 * The letter's first page as a PNG, for lists and emails: the engine's own SVG of that page (the same
 * layout as the reader and the PDF), rasterised by resvg with no system fonts (the letterforms are
 * outlines already). Pure, like the other renderers, so it runs in the worker-thread pool.
 */
export function renderLetterThumbnail(input: LetterInput, width = THUMBNAIL_WIDTH): Uint8Array {
  const svg = pageSvg(layoutLetter(input), 0, { text: false, forRaster: true });
  const png = new Resvg(svg, { fitTo: { mode: "width", value: width }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
