/** Paper for a letter in points: A4 where British or Australian English is written, US Letter elsewhere. */
export function pageSize(variety: string): { name: "A4" | "LETTER"; width: number; height: number } {
  return variety === "en-GB" || variety === "en-AU"
    ? { name: "A4", width: 595.28, height: 841.89 }
    : { name: "LETTER", width: 612, height: 792 };
}
