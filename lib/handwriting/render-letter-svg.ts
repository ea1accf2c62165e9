import PDFDocument from "pdfkit";
import { graphemeCount, layoutLetter, MARGIN_X, placeholderWidth, type LetterInput } from "./layout-letter";

export type LetterSvg = { pages: string[]; missingCharacters: string[] };

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const n = (value: number) => value.toFixed(2);

/**
 * The same pages as renderLetterPdf, one SVG each, for showing on screen. The text refers to the
 * @fontsource families by name, so the page that shows it must load those fonts (app/globals.css does).
 */
export function renderLetterSvg(input: LetterInput): LetterSvg {
  // The document only loads and measures the fonts; nothing is written.
  const layout = layoutLetter(new PDFDocument({ autoFirstPage: false }), input);
  const { page, paper, ink, rules, cssFamilies } = layout;
  const pages = layout.pages.map((words) => {
    const parts = [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(page.width)} ${n(page.height)}" role="img" aria-label="A handwritten letter">`,
      `<rect width="100%" height="100%" fill="${paper.paper}"/>`,
      ...rules.map((y) => `<line x1="${MARGIN_X - 26}" x2="${n(page.width - MARGIN_X + 26)}" y1="${y}" y2="${y}" stroke="${paper.rule}" stroke-width="0.6" stroke-opacity="0.9"/>`),
    ];
    for (const word of words) {
      parts.push(`<g transform="translate(${n(word.x)} ${n(word.y)}) rotate(${n(word.angle)})" fill="${ink}" stroke="${ink}" fill-opacity="${n(word.opacity)}">`);
      let offset = 0;
      for (const piece of word.pieces) {
        if (piece.font) {
          parts.push(`<text x="${n(offset)}" stroke="none" font-family="'${cssFamilies[piece.font]}', cursive" font-size="${n(word.size)}">${escape(piece.text)}</text>`);
        } else {
          const w = placeholderWidth(word.size);
          for (let i = 0; i < graphemeCount(piece.text); i++) {
            parts.push(`<rect x="${n(offset + i * w + w * 0.15)}" y="${n(-word.size * 0.6)}" width="${n(w * 0.7)}" height="${n(word.size * 0.6)}" fill="none" stroke-width="0.6"/>`);
          }
        }
        offset += piece.width;
      }
      parts.push("</g>");
    }
    parts.push("</svg>");
    return parts.join("");
  });
  return { pages, missingCharacters: layout.missingCharacters };
}
