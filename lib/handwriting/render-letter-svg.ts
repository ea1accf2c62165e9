import { glyphOutline } from "./glyph-outline";
import { layoutLetter, type LetterInput, type SheetLayout } from "./layout-letter";
import type { Matrix } from "./matrix";

export type LetterSvg = { pages: string[]; missingCharacters: string[] };
export type PageSvgOptions = {
  /** An invisible copy of each word over its handwriting, for selecting, finding and screen readers. */
  text?: boolean;
  /**
   * Glyph placements in plain decimals rather than the compact integers browsers draw: resvg (the
   * PNG thumbnails) draws nothing of glyphs placed in the compact form.
   */
  forRaster?: boolean;
};

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
// Rounding by multiplication: toFixed on every number of a page's 1,500 glyphs was a third of the time.
const fixed = (value: number, digits: number) => {
  const scale = 10 ** digits;
  return String(Math.round(value * scale) / scale);
};
// Glyph placements are written in integers (turning fractions into text was half the time of a
// page): the glyphs' group is scaled by 1e-5, so a use's linear part is the em-to-page matrix × 100
// (glyph outlines are in thousandths of an em) and its offset is in hundred-thousandths of a point.
const GLYPH_UNITS = 1e-5;
const placement = ([a, b, c, d, e, f]: Matrix) =>
  `matrix(${Math.round(a * 100)} ${Math.round(b * 100)} ${Math.round(c * 100)} ${Math.round(d * 100)} ${Math.round(e * 1e5)} ${Math.round(f * 1e5)})`;
// The same placement in points, for rasterisers: the linear part takes the outlines' thousandths of an em.
const decimalPlacement = ([a, b, c, d, e, f]: Matrix) => `matrix(${[a, b, c, d].map((v) => fixed(v / 1000, 7)).join(" ")} ${fixed(e, 3)} ${fixed(f, 3)})`;
const MISSING_BOX = "M80 0L470 0L470 600L80 600Z";

/** Every page of the letter as SVG: the same layout, and so the same lines and pages, as renderLetterPdf. */
export function renderLetterSvg(input: LetterInput, options: PageSvgOptions = {}): LetterSvg {
  const layout = layoutLetter(input);
  return { pages: layout.pages.map((_, page) => pageSvg(layout, page, options)), missingCharacters: layout.missingCharacters };
}

/** One page (0-based) of the letter as SVG, e.g. for a facsimile in a book. */
export function letterPageSvg(input: LetterInput, page: number, options: PageSvgOptions = {}): string {
  const layout = layoutLetter(input);
  if (page < 0 || page >= layout.pages.length) throw new RangeError(`The letter has ${layout.pages.length} pages`);
  return pageSvg(layout, page, options);
}

/**
 * The letterforms are the fonts' own outlines, defined once per page and placed with each glyph's
 * matrix: no web font is needed, and CJK, emoji and alternates look exactly as they print.
 */
export function pageSvg(layout: SheetLayout, index: number, { text = true, forRaster = false }: PageSvgOptions = {}): string {
  const { paper, stationery, rules, ruleSpan, ink } = layout;
  const page = layout.pages[index];
  const prefix = `hw${index}-`;
  const defs = new Map<string, string>();
  const uses: string[] = [];
  const lines: string[][] = page.lines.map(() => []);
  for (const word of page.words) {
    for (const glyph of word.glyphs) {
      const id = glyph.font ? `${prefix}${glyph.font}-${glyph.id}` : `${prefix}missing`;
      if (!defs.has(id)) {
        defs.set(id, glyph.font ? `<path id="${id}" d="${glyphOutline(glyph.font, glyph.id)}"/>` : `<path id="${id}" d="${MISSING_BOX}" fill="none" stroke-width="40"/>`);
      }
      uses.push(`<use href="#${id}" transform="${(forRaster ? decimalPlacement : placement)(glyph.matrix)}" fill-opacity="${glyph.opacity}"/>`);
    }
    if (text && word.line >= 0) {
      const [a, b, c, d, e, f] = word.box.matrix;
      lines[word.line].push(
        `<text transform="matrix(${[a, b, c, d].map((v) => fixed(v, 4)).join(" ")} ${fixed(e, 2)} ${fixed(f, 2)})" font-size="${fixed(word.box.size, 2)}" textLength="${fixed(word.box.width, 2)}" lengthAdjust="spacingAndGlyphs" data-at="${word.at}">${escape(word.text)} </text>`,
      );
    }
  }
  const [x1, x2] = ruleSpan.map((v) => fixed(v, 2));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${fixed(paper.width, 2)} ${fixed(paper.height, 2)}" class="letter-page" aria-label="Page ${index + 1} of ${layout.pages.length}">`,
    `<rect width="100%" height="100%" fill="${stationery.paper}"/>`,
    `<g stroke="${stationery.rule}" stroke-width="0.6" stroke-opacity="0.9">`,
    ...rules.map((y) => `<line x1="${x1}" x2="${x2}" y1="${y}" y2="${y}"/>`),
    "</g>",
    `<defs>${[...defs.values()].join("")}</defs>`,
    `<g${forRaster ? "" : ` transform="scale(${GLYPH_UNITS})"`} fill="${ink}" stroke="${ink}" stroke-width="0">${uses.join("")}</g>`,
    text ? `<g class="letter-text" fill="transparent" font-family="sans-serif">${lines.map((words) => `<g data-line="">${words.join("")}</g>`).join("")}</g>` : "",
    "</svg>",
  ].join("");
}
