import { describe, expect, it } from "vitest";
import { addressLines, envelopeFor, layoutEnvelope } from "@/lib/handwriting/layout-envelope";
import { layoutLetter, type PlacedWord } from "@/lib/handwriting/layout-letter";
import { renderEnvelopeSvg } from "@/lib/handwriting/render-envelope";
import { renderLetterPdf, type LetterInput } from "@/lib/handwriting/render-letter-pdf";
import { letterPageSvg, renderLetterSvg } from "@/lib/handwriting/render-letter-svg";
import { renderSample, sampleSchema } from "@/lib/handwriting/render-sample";
import { handwritingStyles } from "@/lib/orders/catalogue";
import { pdfBoxes, pdfLetterLines, squeezed } from "../helpers/poppler";

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
const styles = Object.keys(handwritingStyles);

/** The words of each line of each page, as the SVG's invisible text layer gives them. */
function svgLines(svg: string): string[] {
  return [...svg.matchAll(/<g data-line="">(.*?)<\/g>/g)].map((line) => [...line[1].matchAll(/>([^<]*)<\/text>/g)].map((w) => w[1].trim()).join(" "));
}
const squeeze = (line: string) => squeezed(line.replace(/&amp;/g, "&").replace(/&lt;/g, "<"));

// Font loading and embedding take a few seconds when the machine is busy with other test files.
describe("one layout, two outputs", { timeout: 60_000 }, () => {
  it("breaks lines and pages in the SVG exactly where the PDF does", async () => {
    const body = `Dear Zoë,\n\nŁukasz sends his love from 東京 <3 & more.\n\n${paragraph.repeat(14)}\n\nWith love,\nClara`;
    for (const style of ["caveat", "dancing-script"]) {
      const svg = renderLetterSvg(letter(body, { style }));
      const pdf = await renderLetterPdf(letter(body, { style }));
      expect(svg.pages).toHaveLength(pdf.pages);
      expect(pdf.pages).toBeGreaterThan(1);
      expect(pdfLetterLines(pdf.pdf)).toEqual(svg.pages.map((page) => svgLines(page).map(squeeze)));
      expect(svgLines(svg.pages[0]).slice(0, 2)).toEqual(["Dear Zoë,", "Łukasz sends his love from 東京 &lt;3 &amp; more."]);
    }
  });

  it("draws the same letter for the same seed, and another for another seed", async () => {
    const body = `Dear Sam,\n\n${paragraph}`;
    expect(renderLetterSvg(letter(body))).toEqual(renderLetterSvg(letter(body)));
    expect(renderLetterSvg(letter(body, { seed: "order-2" })).pages[0]).not.toBe(renderLetterSvg(letter(body)).pages[0]);
    // The creation date and the file id derived from it differ between runs; the pages must not.
    const strip = (pdf: Buffer) => pdf.toString("latin1").replace(/\(D:\d{14}Z\)/g, "").replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, "");
    const [a, b] = await Promise.all([renderLetterPdf(letter(body)), renderLetterPdf(letter(body))]);
    expect(strip(a.pdf)).toBe(strip(b.pdf));
  });

  it("gives one page of the letter on its own for a book's facsimile", () => {
    const input = letter(Array.from({ length: 12 }, () => paragraph.repeat(3)).join("\n\n"));
    const all = renderLetterSvg(input, { text: false });
    expect(all.pages.length).toBeGreaterThan(1);
    expect(letterPageSvg(input, 1, { text: false })).toBe(all.pages[1]);
    expect(all.pages[1]).not.toContain("<text");
    expect(() => letterPageSvg(input, all.pages.length)).toThrow(RangeError);
  });
});

describe("handwriting that passes for a pen", () => {
  const words = (input: LetterInput, text: string) => layoutLetter(input).pages.flatMap((p) => p.words).filter((w) => w.text === text);
  // A glyph's shape on the page (size, angle, slant) without where it stands.
  const shapes = (word: PlacedWord) => word.glyphs.map((g) => g.matrix.slice(0, 4).map((v) => v.toFixed(4)).join());

  it("draws every copy of a word differently, letter by letter, in a print hand", () => {
    const [first, second] = words(letter("the cat and the dog"), "the");
    const a = shapes(first);
    const b = shapes(second);
    expect(a).toHaveLength(3);
    for (let i = 0; i < a.length; i++) expect(a[i]).not.toBe(b[i]);
    // Within one word too, no two letters share a size and angle.
    expect(new Set(shapes(words(letter("bookkeeper"), "bookkeeper")[0])).size).toBe(10);
  });

  it("takes the font's alternate letterforms in turn", () => {
    const [first, second] = words(letter("the the"), "the");
    expect(first.glyphs.map((g) => g.id)).not.toEqual(second.glyphs.map((g) => g.id));
  });

  it("keeps a joined-up hand's letters on one angle inside a word, so the joins hold", () => {
    const [first, second] = words(letter("the cat and the dog", { style: "dancing-script" }), "the");
    expect(new Set(shapes(first).map((s) => s.split(",").slice(0, 2).join()))).toHaveProperty("size", 1);
    expect(shapes(first)).not.toEqual(shapes(second));
  });
});

describe("every character written", { timeout: 60_000 }, () => {
  it("draws Latin Extended, Greek, Cyrillic, Vietnamese, CJK, Hangul and emoji in every hand", () => {
    const text = "Café crème, Łucja in Kraków — naïve façade, żółć. Αγάπη. Любовь. Tiếng Việt. 東京 円山公園 愛を込めて 사랑 ❤️ 😀";
    for (const style of styles) expect(layoutLetter(letter(text, { style })).missingCharacters, style).toEqual([]);
  });

  it("reports characters no font can draw instead of dropping them", async () => {
    const result = await renderLetterPdf(letter("Dear Mei, 𓀀 and 𓀁 again, 𓀀."));
    expect(result.missingCharacters.sort()).toEqual(["𓀀", "𓀁"]);
    expect(renderLetterSvg(letter("𓀀")).pages[0]).toContain('id="hw0-missing"');
  });
});

describe("paper", { timeout: 60_000 }, () => {
  it("uses the chosen paper, else A4 for British and Australian English and US Letter otherwise", async () => {
    const media = async (overrides: Partial<LetterInput>) => pdfBoxes((await renderLetterPdf(letter("Dear Tom,", overrides))).pdf).boxes[0].media;
    expect(await media({ variety: "en-GB" })).toEqual([0, 0, 595.28, 841.89]);
    expect(await media({ variety: "en-CA" })).toEqual([0, 0, 612, 792]);
    expect(await media({ variety: "en-GB", paper: "a5" })).toEqual([0, 0, 419.53, 595.28]);
    expect(await media({ paper: "note-card" })).toEqual([0, 0, 360, 504]);
  });

  it("grows by pages as the letter grows, more of them on smaller paper", () => {
    const body = (n: number) => Array.from({ length: n }, () => paragraph.repeat(3)).join("\n\n");
    const pages = (n: number, paper?: string) => layoutLetter(letter(body(n), { paper })).pages.length;
    expect(pages(1)).toBe(1);
    expect(pages(12)).toBeGreaterThan(1);
    expect(pages(30)).toBeGreaterThan(pages(12));
    expect(pages(12, "note-card")).toBeGreaterThan(pages(12, "a4"));
  });
});

describe("the brief's live sample", () => {
  it("draws the sample and names every character of the brief no hand can write", async () => {
    const input = sampleSchema.parse({
      body: "Dear Zoë,\n\nŁukasz says hello from 東京.",
      check: "Zoë Łukasz 東京 𓀀",
      handwritingStyle: "dancing-script",
      inkColour: "sepia",
      stationery: "blue",
      englishVariety: "en-GB",
    });
    const sample = await renderSample(input);
    expect(sample.pages).toHaveLength(1);
    expect(svgLines(sample.pages[0])).toEqual(["Dear Zoë,", "Łukasz says hello from 東京."]);
    expect(sample.missingCharacters).toEqual(["𓀀"]);
    expect(sampleSchema.safeParse({ ...input, handwritingStyle: "comic-sans" }).success).toBe(false);
  });
});

describe("a real letter's layout", () => {
  const body = (paragraphs: number) => `Dear Sam,\n\n${Array.from({ length: paragraphs }, () => paragraph.repeat(2).trim()).join("\n\n")}\n\nWith love,\nClara`;

  it("keeps the closing and signature on one sheet with at least two lines of the letter, whatever the length", () => {
    let split = 0;
    for (let n = 1; n <= 40; n++) {
      const { pages } = layoutLetter(letter(body(n), { paper: "a5", seed: `order-${n}` }));
      const last = pages.at(-1)!.lines;
      expect(last.slice(-2)).toEqual(["With love,", "Clara"]);
      expect(last.length, `${n} paragraphs`).toBeGreaterThanOrEqual(4);
      if (pages.length > 1) split++;
    }
    expect(split).toBeGreaterThan(20);
  });

  it("numbers continuation sheets by hand and writes the date at the top right of the first", () => {
    const layout = layoutLetter(letter(body(8), { date: "27 November 2026" }));
    expect(layout.pages.length).toBeGreaterThan(1);
    const outside = (page: number) => layout.pages[page].words.filter((w) => w.line === -1).map((w) => w.text);
    expect(outside(0)).toEqual(["27", "November", "2026"]);
    expect(outside(1)).toEqual(["2"]);
    expect(layout.pages[0].lines[0]).toBe("Dear Sam,");
    const date = layout.pages[0].words[0];
    expect(date.box.matrix[4]).toBeGreaterThan(layout.paper.width / 2);
  });
});

describe("envelopes", () => {
  const to = { name: "Zoë Łukasz", address: { addressLine1: "Torstraße 12", addressLine2: "", city: "Berlin", region: "", postalCode: "10117", country: "DE" } };
  const from = { name: "Clara Bennett", address: { addressLine1: "12 Elm Street", addressLine2: "Apt 4B", city: "Springfield", region: "IL", postalCode: "62704", country: "US" } };

  it("writes each address in its country's postal format, naming the country only across a border", () => {
    expect(addressLines(to, "US")).toEqual(["Zoë Łukasz", "Torstraße 12", "10117 Berlin", "Germany"]);
    expect(addressLines(to, "DE")).toEqual(["Zoë Łukasz", "Torstraße 12", "10117 Berlin"]);
    expect(addressLines(from, "US")).toEqual(["Clara Bennett", "Apt 4B", "12 Elm Street", "Springfield, IL 62704"]);
  });

  it("picks the envelope that fits the paper and writes both addresses in the letter's hand", () => {
    expect([envelopeFor("letter").name, envelopeFor("a4").name, envelopeFor("a5").name, envelopeFor("note-card").name]).toEqual(["#10", "DL", "C5", "C5"]);
    const envelope = layoutEnvelope({ style: "dancing-script", ink: "sepia", stationery: "cream", paper: "a4", seed: "order-1", to, from });
    expect(envelope.paper).toMatchObject({ width: 623.62, height: 311.81 });
    const words = envelope.pages[0].words.map((w) => w.text).join(" ");
    expect(words).toBe("Clara Bennett Apt 4B 12 Elm Street Springfield, IL 62704 United States of America Zoë Łukasz Torstraße 12 10117 Berlin Germany");
    expect(envelope.missingCharacters).toEqual([]);
    expect(renderEnvelopeSvg({ style: "dancing-script", ink: "sepia", stationery: "cream", paper: "a4", seed: "order-1", to, from: null })).toMatch(/^<svg [^>]*viewBox="0 0 623.62 311.81"/);
  });
});
