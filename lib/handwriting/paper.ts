import { papers, type PaperSize } from "@/lib/orders/catalogue";

/** A sheet in points, with its writing area: margins and rules scale with the sheet, as on real stationery. */
export type Paper = {
  size: PaperSize;
  width: number;
  height: number;
  /** Left and right margins of the writing. */
  margin: number;
  /** Baseline of the first rule, and the space kept free at the foot. */
  top: number;
  bottom: number;
  /** Distance between rules: one handwritten line per rule. */
  ruleGap: number;
};

const sheets: Record<PaperSize, Paper> = {
  letter: { size: "letter", width: 612, height: 792, margin: 68, top: 112, bottom: 64, ruleGap: 30 },
  a4: { size: "a4", width: 595.28, height: 841.89, margin: 66, top: 112, bottom: 64, ruleGap: 30 },
  a5: { size: "a5", width: 419.53, height: 595.28, margin: 46, top: 82, bottom: 46, ruleGap: 24 },
  "note-card": { size: "note-card", width: 360, height: 504, margin: 38, top: 70, bottom: 40, ruleGap: 22 },
};

/** The sheet a letter is written on: the chosen paper, else A4 for British and Australian English, US Letter elsewhere. */
export function paperFor(paper: string | null | undefined, variety: string): Paper {
  if (paper && paper in papers) return sheets[paper as PaperSize];
  return variety === "en-GB" || variety === "en-AU" ? sheets.a4 : sheets.letter;
}
