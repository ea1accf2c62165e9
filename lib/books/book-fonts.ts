import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

// The book's typefaces: TTF files from npm packages (Typst ignores WOFF), never the machine's fonts.
// EB Garamond sets Latin (with Extended-A/B and Vietnamese), Greek and Cyrillic with real italics and
// small caps; Noto Serif SC and KR take Chinese, Japanese kana and Korean; Noto Emoji draws emoji in
// the ink colour. Typst picks per character in this order, and is told never to fall back further.
const FACES = [
  { family: "EB Garamond", pkg: "eb-garamond", files: ["400Regular/EBGaramond_400Regular.ttf", "400Regular_Italic/EBGaramond_400Regular_Italic.ttf", "600SemiBold/EBGaramond_600SemiBold.ttf"] },
  { family: "Noto Serif SC", pkg: "noto-serif-sc", files: ["400Regular/NotoSerifSC_400Regular.ttf"] },
  { family: "Noto Serif KR", pkg: "noto-serif-kr", files: ["400Regular/NotoSerifKR_400Regular.ttf"] },
  { family: "Noto Emoji", pkg: "noto-emoji", files: ["400Regular/NotoEmoji_400Regular.ttf"] },
] as const;

export const BOOK_FONT_FAMILIES: string[] = FACES.map((f) => f.family);

const fontPath = (pkg: string, file: string) => path.join(process.cwd(), "node_modules", "@expo-google-fonts", pkg, file);

let blobs: Buffer[] | undefined;
/** Every font file's bytes, read once per thread (the CJK faces are 14 MB each). */
export function bookFontBlobs(): Buffer[] {
  blobs ??= FACES.flatMap((face) => face.files.map((file) => readFileSync(fontPath(face.pkg, file))));
  return blobs;
}

let coverage: Set<number>[] | undefined;
function coverageSets(): Set<number>[] {
  // The regular face of each family stands for its italic: both are cut for the same characters.
  coverage ??= FACES.map((face) => {
    const font = fontkit.openSync(fontPath(face.pkg, face.files[0]));
    return new Set("characterSet" in font ? font.characterSet : []);
  });
  return coverage;
}

// Code points that only steer their neighbours (joiners, variation selectors, tag characters) and
// line breaks: no font needs a glyph for them.
const INVISIBLE = /[\u200b-\u200d\u2060\ufe00-\ufe0f\u{e0020}-\u{e007f}\n\r\t]/u;

const covered = new Map<number, boolean>();
/** Whether some book font draws this code point. */
export function isCovered(codePoint: number): boolean {
  let known = covered.get(codePoint);
  if (known === undefined) {
    known = INVISIBLE.test(String.fromCodePoint(codePoint)) || coverageSets().some((set) => set.has(codePoint));
    covered.set(codePoint, known);
  }
  return known;
}

/** The characters of `text` no book font can draw, each once, in order of appearance. */
export function uncoveredCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text.normalize("NFC")) {
    if (!isCovered(char.codePointAt(0)!)) missing.add(char);
  }
  return [...missing];
}
