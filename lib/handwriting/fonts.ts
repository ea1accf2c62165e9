import * as fontkit from "fontkit";
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";

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
  // Not a hand: the typeset batch sheet that heads a print batch.
  ebGaramond: expo("eb-garamond", "EBGaramond"),
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
    const bytes = readFileSync(path.join(process.cwd(), "node_modules", pkg, file));
    font = fontkit.create(file.endsWith(".woff") ? woffToSfnt(bytes) : bytes) as fontkit.Font;
    loaded.set(name, font);
  }
  return font;
}

/**
 * A WOFF file unpacked into the plain font it wraps. fontkit inflates a WOFF table again on every
 * read, which made embedding a subset take a second; unpacked once, it takes milliseconds.
 */
function woffToSfnt(woff: Buffer): Buffer {
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compressed, length] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const raw = woff.subarray(offset, offset + compressed);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(raw) : raw };
  });
  const header = Buffer.alloc(12 + 16 * count);
  const log2 = Math.floor(Math.log2(count));
  header.writeUInt32BE(woff.readUInt32BE(4), 0); // the wrapped font's flavour (TrueType or CFF)
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(16 * 2 ** log2, 6);
  header.writeUInt16BE(log2, 8);
  header.writeUInt16BE(16 * count - 16 * 2 ** log2, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach(({ tag, checksum, data }, i) => {
    header.writeUInt32BE(tag, 12 + i * 16);
    header.writeUInt32BE(checksum, 16 + i * 16);
    header.writeUInt32BE(offset, 20 + i * 16);
    header.writeUInt32BE(data.length, 24 + i * 16);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}
