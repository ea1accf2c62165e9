import { readFileSync } from "node:fs";
import path from "node:path";

/** A font in a chain: a .woff file of an @fontsource package, or one of the PDF standard fonts. */
export type FontSource = { name: string; fontsource: { family: string; file: string } } | { name: string; standard: "Times-Roman" | "Times-Italic" | "Times-Bold" };

export type FontChain = {
  /** The first font in the chain that draws every code point of the grapheme, or null when none does. */
  fontFor(grapheme: string): string | null;
};

// Code points that only steer how their neighbours are drawn (joiners, variation selectors).
const INVISIBLE = /[\u200c\u200d\ufe00-\ufe0f]/gu;

// The standard fonts are WinAnsi-encoded: Latin-1 plus these. Anything else would come out as a wrong glyph.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const winAnsi = (cp: number) => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(String.fromCodePoint(cp));

const buffers = new Map<string, Buffer>();

function fontFile(family: string, file: string): Buffer {
  const key = `${family}/${file}`;
  let buffer = buffers.get(key);
  if (!buffer) {
    // .woff, not .woff2: fontkit garbles accented letters from woff2 files.
    buffer = readFileSync(path.join(process.cwd(), "node_modules", "@fontsource", family, "files", file));
    buffers.set(key, buffer);
  }
  return buffer;
}

type Coverage = { hasGlyphForCodePoint(codePoint: number): boolean };

/**
 * Registers each font of the chain with the document and answers, per grapheme, which one can draw
 * it. @fontsource splits a typeface into subsets (latin lacks Ł, latin-ext lacks é), so a chain of
 * subsets plus fallbacks is what makes every letter of a real name come out.
 */
export function registerFontChain(doc: PDFKit.PDFDocument, sources: readonly FontSource[]): FontChain {
  const covers = sources.map((source) => {
    if ("standard" in source) {
      doc.registerFont(source.name, source.standard);
      return { name: source.name, has: winAnsi };
    }
    doc.registerFont(source.name, fontFile(source.fontsource.family, source.fontsource.file));
    let coverage: Coverage | undefined;
    // Parsed on first need: most letters never reach the fallbacks, and parsing a font takes time.
    const has = (cp: number) => {
      if (!coverage) {
        // This switches the document's current font: callers set the font they draw with each time.
        doc.font(source.name);
        // pdfkit keeps the parsed fontkit font of an embedded font on `_font.font`; its cmap is the truth.
        coverage = (doc as unknown as { _font: { font: Coverage } })._font.font;
      }
      return coverage.hasGlyphForCodePoint(cp);
    };
    return { name: source.name, has };
  });
  const cache = new Map<string, string | null>();
  return {
    fontFor(grapheme) {
      const cached = cache.get(grapheme);
      if (cached !== undefined) return cached;
      const points = [...grapheme.replace(INVISIBLE, "")].map((c) => c.codePointAt(0)!);
      const found = covers.find((c) => points.every((cp) => c.has(cp)))?.name ?? null;
      cache.set(grapheme, found);
      return found;
    },
  };
}
