import { handwritingStyles, type HandwritingStyle } from "@/lib/orders/catalogue";

type Hand = { css: string; subsets: readonly string[]; size: number; space: number };

// Sizes chosen so each hand has about the same x-height on the same ruled paper; `space` widens
// the narrow word spaces some script fonts ship with. `css` is the family @fontsource declares.
const hands: Record<string, Hand> = {
  caveat: { css: "Caveat", subsets: ["latin", "latin-ext"], size: 22, space: 1.1 },
  "dancing-script": { css: "Dancing Script", subsets: ["latin", "latin-ext", "vietnamese"], size: 19, space: 1.1 },
  "homemade-apple": { css: "Homemade Apple", subsets: ["latin"], size: 13, space: 1.7 },
};

const woff = (family: string, subset: string) => ({ family, file: `${family}-${subset}-400-normal.woff` });

// Letters a hand lacks come from another hand before a plain sans, and are reported only when nothing has them.
type HandFont = { name: string; fontsource: { family: string; file: string }; css: string };

const fallbacks: HandFont[] = [
  { name: "fallback-hand-latin-ext", fontsource: woff("caveat", "latin-ext"), css: "Caveat" },
  { name: "fallback-hand-cyrillic", fontsource: woff("caveat", "cyrillic"), css: "Caveat" },
  ...["latin", "latin-ext", "greek", "greek-ext", "cyrillic-ext", "vietnamese"].map((subset) => ({
    name: `fallback-sans-${subset}`,
    fontsource: woff("source-sans-3", subset),
    css: "Source Sans 3",
  })),
];

/** The font chain, size and spacing for a handwriting style of the catalogue (unknown styles get Caveat). */
export function handFonts(style: string): {
  sources: { name: string; fontsource: { family: string; file: string } }[]; size: number; space: number; cssFamilies: Record<string, string> } {
  const family = handwritingStyles[style as HandwritingStyle]?.family ?? "caveat";
  const hand = hands[family] ?? hands.caveat;
  const own: HandFont[] = hand.subsets.map((subset) => ({ name: `hand-${subset}`, fontsource: woff(family, subset), css: hand.css }));
  const chain = [...own, ...fallbacks];
  return {
    sources: chain.map(({ name, fontsource }) => ({ name, fontsource })),
    size: hand.size,
    space: hand.space,
    cssFamilies: Object.fromEntries(chain.map((f) => [f.name, f.css])),
  };
}
