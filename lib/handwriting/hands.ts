import type { Font } from "fontkit";
import { handwritingStyles, type HandwritingStyle } from "@/lib/orders/catalogue";
import { loadFont, type FontName } from "./fonts";

export type Hand = {
  font: FontName;
  /** Point size on a 30 pt rule, chosen so every hand has about the same x-height. */
  size: number;
  /** Word spaces as a multiple of the font's own (some script fonts ship narrow ones). */
  space: number;
  /** Joined-up scripts: their letters must stay on one baseline and angle, or the joins break. */
  connected: boolean;
  /** OpenType features that give other forms of the same letter, rotated through like a pen would. */
  alternates: string[];
};

const hands: Record<HandwritingStyle, Hand> = {
  caveat: { font: "caveat", size: 22, space: 1.1, connected: false, alternates: ["salt", "ss02"] },
  "dancing-script": { font: "dancingScript", size: 19, space: 1.1, connected: true, alternates: [] },
  "homemade-apple": { font: "homemadeApple", size: 13, space: 1.7, connected: true, alternates: [] },
  kalam: { font: "kalam", size: 15.5, space: 1, connected: false, alternates: [] },
  "patrick-hand": { font: "patrickHand", size: 18, space: 1, connected: false, alternates: [] },
  "indie-flower": { font: "indieFlower", size: 18, space: 1, connected: false, alternates: [] },
  "playpen-sans": { font: "playpenSans", size: 14.5, space: 1, connected: false, alternates: ["ss01"] },
};

// After the hand itself: Caveat (Latin Extended, Cyrillic) and Playpen Sans (Greek, Cyrillic,
// Vietnamese) are handwriting too; then CJK and kana in Noto Serif SC, Hangul in a pen script, and
// emoji in Noto Emoji's outlines, which take the ink colour like any letter.
const FALLBACKS: FontName[] = ["caveat", "playpenSans", "notoSerifSc", "nanumPenScript", "notoEmoji"];

// Fallback faces are drawn at the hand's x-height; ideographs and emoji (no x-height) a little smaller.
const FIXED_SCALE: Partial<Record<FontName, number>> = { notoSerifSc: 0.8, nanumPenScript: 1, notoEmoji: 0.8 };

export type ChainFont = { name: FontName; font: Font; scale: number };
export type FontChain = { hand: Hand; fonts: ChainFont[]; fontFor(grapheme: string): ChainFont | null };

export const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

// Code points that only steer how their neighbours are drawn (joiners, variation selectors).
const INVISIBLE = /[\u200c\u200d\ufe00-\ufe0f]/gu;
const xHeight = (font: Font) => font.glyphForCodePoint(0x78).bbox.maxY / font.unitsPerEm;

const chains = new Map<string, FontChain>();

/** The hand of a catalogue style (unknown styles get Caveat) with its font chain, built once per process. */
export function fontChain(style: string): FontChain {
  const key = style in handwritingStyles ? (style as HandwritingStyle) : "caveat";
  let chain = chains.get(key);
  if (chain) return chain;
  const hand = hands[key];
  const own = loadFont(hand.font);
  const names = [hand.font, ...FALLBACKS.filter((name) => name !== hand.font)];
  const fonts = names.map((name) => {
    const font = loadFont(name);
    const scale = name === hand.font ? 1 : (FIXED_SCALE[name] ?? xHeight(own) / xHeight(font));
    return { name, font, scale };
  });
  const found = new Map<string, ChainFont | null>();
  chain = {
    hand,
    fonts,
    fontFor(grapheme) {
      let font = found.get(grapheme);
      if (font === undefined) {
        const points = [...grapheme.replace(INVISIBLE, "")].map((c) => c.codePointAt(0)!);
        font = fonts.find((f) => points.every((cp) => f.font.hasGlyphForCodePoint(cp))) ?? null;
        found.set(grapheme, font);
      }
      return font;
    },
  };
  chains.set(key, chain);
  return chain;
}

/** The characters of `text` that no font of the hand's chain can draw (so they would print as empty boxes). */
export function undrawableCharacters(style: string, text: string): string[] {
  const chain = fontChain(style);
  const missing = new Set<string>();
  for (const { segment } of graphemes.segment(text)) if (!/^\s+$/.test(segment) && !chain.fontFor(segment)) missing.add(segment);
  return [...missing];
}
