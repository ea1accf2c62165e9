import type { FontName } from "./fonts";
import { loadFont } from "./fonts";

const SVG_COMMAND: Record<string, string> = { moveTo: "M", lineTo: "L", quadraticCurveTo: "Q", bezierCurveTo: "C", closePath: "Z" };
const outlines = new Map<string, string>();

/**
 * A glyph's outline as SVG path data in thousandths of an em, y up: drawn once per process and
 * reused by every page that shows the glyph, so the screen needs no web font and shows exactly
 * the letterforms the PDF embeds.
 */
export function glyphOutline(font: FontName, id: number): string {
  const key = `${font}:${id}`;
  let d = outlines.get(key);
  if (d === undefined) {
    const face = loadFont(font);
    const unit = 1000 / face.unitsPerEm;
    d = face
      .getGlyph(id)
      .path.commands.map(({ command, args }) => SVG_COMMAND[command] + args.map((v) => Math.round(v * unit)).join(" "))
      .join("");
    outlines.set(key, d);
  }
  return d;
}
