import { describe, expect, it } from "vitest";
import { pageSize } from "@/lib/handwriting/page-size";
import { renderLetterPdf, type LetterInput } from "@/lib/handwriting/render-letter-pdf";
import { renderLetterSvg } from "@/lib/handwriting/render-letter-svg";

const paragraph =
  "You stood waist-deep in that cold water for an hour, promising you would not let go, and then you did, and I swam. ";
const letter = (body: string, overrides: Partial<LetterInput> = {}): LetterInput => ({
  body,
  style: "caveat",
  ink: "navy",
  stationery: "cream",
  variety: "en-US",
  seed: "order-1",
  ...overrides,
});

// Font loading and embedding take a few seconds when the machine is busy with other test files.
describe("renderLetterPdf", { timeout: 30_000 }, () => {
  it("writes a PDF, one page for a short letter and more as the letter grows", async () => {
    const short = await renderLetterPdf(letter(`Dear Mum,\n\n${paragraph}\n\nWith love, Clara`));
    expect(short.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(short.pages).toBe(1);
    const long = await renderLetterPdf(letter(Array.from({ length: 12 }, () => paragraph.repeat(3)).join("\n\n")));
    expect(long.pages).toBeGreaterThan(1);
    const longer = await renderLetterPdf(letter(Array.from({ length: 30 }, () => paragraph.repeat(3)).join("\n\n")));
    expect(longer.pages).toBeGreaterThan(long.pages);
  });

  it("draws accented and Polish letters and dashes in every hand", async () => {
    for (const style of ["caveat", "dancing-script", "homemade-apple"]) {
      const result = await renderLetterPdf(letter("Café crème with Łucja in Kraków — naïve façade, żółć.", { style }));
      expect(result.missingCharacters).toEqual([]);
    }
  });

  it("reports characters no font can draw instead of dropping them silently", async () => {
    const result = await renderLetterPdf(letter("Dear Mei, 你好 and 你 again."));
    expect(result.missingCharacters.sort()).toEqual(["你", "好"]);
  });

  it("gives the same letter for the same seed", async () => {
    const body = `Dear Sam,\n\n${paragraph}`;
    // The creation date and the file id derived from it differ between runs; the pages must not.
    const strip = (pdf: Buffer) =>
      pdf.toString("latin1").replace(/\(D:\d{14}Z\)/g, "").replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, "");
    const [a, b] = await Promise.all([renderLetterPdf(letter(body)), renderLetterPdf(letter(body))]);
    expect(strip(a.pdf)).toBe(strip(b.pdf));
    const c = await renderLetterPdf(letter(body, { seed: "order-2" }));
    expect(strip(c.pdf)).not.toBe(strip(a.pdf));
  });

  it("uses A4 for British and Australian English and US Letter otherwise", async () => {
    expect(pageSize("en-GB").name).toBe("A4");
    expect(pageSize("en-AU").name).toBe("A4");
    expect(pageSize("en-US").name).toBe("LETTER");
    expect(pageSize("en-CA").name).toBe("LETTER");
    const a4 = await renderLetterPdf(letter("Dear Tom,", { variety: "en-GB" }));
    expect(a4.pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });
});

describe("renderLetterSvg", { timeout: 30_000 }, () => {
  it("gives the same pages as the PDF, in the hand's font family, with the text escaped", async () => {
    const body = `Dear Sam, <3 & more\n\n${paragraph.repeat(30)}`;
    const svg = renderLetterSvg(letter(body, { style: "dancing-script" }));
    const pdf = await renderLetterPdf(letter(body, { style: "dancing-script" }));
    expect(svg.pages).toHaveLength(pdf.pages);
    expect(svg.pages[0]).toMatch(/^<svg [^>]*viewBox="0 0 612.00 792.00"/);
    expect(svg.pages[0]).toContain("font-family=\"'Dancing Script', cursive\"");
    expect(svg.pages[0]).toContain("&lt;3");
    expect(svg.pages[0]).toContain("&amp;");
  });
});
