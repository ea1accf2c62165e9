import type { FontSource } from "./register-font-chain";
import { handwritingStyles, type HandwritingStyle } from "@/lib/orders/catalogue";

type Hand = { subsets: readonly string[]; size: number; space: number };

// Sizes chosen so each hand has about the same x-height on the same ruled paper; `space` widens
// the narrow word spaces some script fonts ship with.
const hands: Record<string, Hand> = {
  caveat: { subsets: ["latin", "latin-ext"], size: 22, space: 1.1 },
  "dancing-script": { subsets: ["latin", "latin-ext", "vietnamese"], size: 19, space: 1.1 },
  "homemade-apple": { subsets: ["latin"], size: 13, space: 1.7 },
};

const woff = (family: string, subset: string) => ({ family, file: `${family}-${subset}-400-normal.woff` });

// Letters a hand lacks come from another hand before a plain sans, and are reported only when nothing has them.
const fallbacks: FontSource[] = [
  { name: "fallback-hand-latin-ext", fontsource: woff("caveat", "latin-ext") },
  { name: "fallback-hand-cyrillic", fontsource: woff("caveat", "cyrillic") },
  ...["latin", "latin-ext", "greek", "greek-ext", "cyrillic-ext", "vietnamese"].map((subset) => ({
    name: `fallback-sans-${subset}`,
    fontsource: woff("source-sans-3", subset),
  })),
];

/** The font chain and size for a handwriting style of the catalogue (unknown styles get Caveat). */
export function handFonts(style: string): { sources: FontSource[]; size: number; space: number } {
  const family = handwritingStyles[style as HandwritingStyle]?.family ?? "caveat";
  const hand = hands[family] ?? hands.caveat;
  const own = hand.subsets.map((subset) => ({ name: `hand-${subset}`, fontsource: woff(family, subset) }));
  return { sources: [...own, ...fallbacks], size: hand.size, space: hand.space };
}
