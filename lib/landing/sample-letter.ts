import "server-only";
import { renderLetterSvg } from "@/lib/handwriting/render-letter-svg";

/** The landing page's example: a real letter of the kind we write, in the product's own hand. */
export const SAMPLE_LETTER = {
  body: `Dear Grandma Rose,

Happy ninetieth birthday! I keep thinking of the summer you taught me to make blackberry jam, when we picked until our fingers were purple and you let me lick the spoon before it had cooled.

You showed me that the best things take patience: jam, gardens, and people. I try to remember that every time I am in a hurry.

Thank you for ninety years of kindness, and for every jar you ever sent home with me.

With all my love,
Eliza`,
  style: "caveat",
  ink: "navy",
  stationery: "cream",
  variety: "en-GB",
  seed: "landing-sample-letter",
} as const;

let firstPage: string | null = null;

/** The sample's first page as SVG, rendered once per process (it never changes). */
export function sampleLetterSvg(): string {
  firstPage ??= renderLetterSvg(SAMPLE_LETTER).pages[0];
  return firstPage;
}
