import * as fontkit from "fontkit";
import path from "node:path";

/** A font file inside an npm package: full TTFs where npm has them (one file covers every script it draws). */
export type FontFile = { pkg: string; file: string };

const expo = (family: string, name: string): FontFile => ({ pkg: `@expo-google-fonts/${family}`, file: `400Regular/${name}_400Regular.ttf` });

export const fontFiles = {
  caveat: expo("caveat", "Caveat"),
  dancingScript: expo("dancing-script", "DancingScript"),
  kalam: expo("kalam", "Kalam"),
  patrickHand: expo("patrick-hand", "PatrickHand"),
  indieFlower: expo("indie-flower", "IndieFlower"),
  playpenSans: expo("playpen-sans", "PlaypenSans"),
  // Homemade Apple is on npm only as @fontsource subsets; .woff, since fontkit garbles accents from .woff2.
  homemadeApple: { pkg: "@fontsource/homemade-apple", file: "files/homemade-apple-latin-400-normal.woff" },
  notoSerifSc: expo("noto-serif-sc", "NotoSerifSC"),
  nanumPenScript: expo("nanum-pen-script", "NanumPenScript"),
  notoEmoji: expo("noto-emoji", "NotoEmoji"),
} satisfies Record<string, FontFile>;

export type FontName = keyof typeof fontFiles;

const loaded = new Map<FontName, fontkit.Font>();

/**
 * The parsed font, once per process (or worker thread): parsing, glyph outlines and shaping tables
 * are then shared by every letter drawn afterwards instead of being read again for each render.
 */
export function loadFont(name: FontName): fontkit.Font {
  let font = loaded.get(name);
  if (!font) {
    const { pkg, file } = fontFiles[name];
    font = fontkit.openSync(path.join(process.cwd(), "node_modules", pkg, file)) as fontkit.Font;
    loaded.set(name, font);
  }
  return font;
}
