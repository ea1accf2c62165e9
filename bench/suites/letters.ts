// Letters in handwriting: a warm page as PDF and as SVG against a plain pdfkit text page of the same
// words (alternated in the same run), the first letter of a process, the first page's PNG thumbnail,
// and a 100-letter print batch.
import PDFDocument from "pdfkit";
import { performance } from "node:perf_hooks";
import { layoutLetter, type LetterInput } from "@/lib/handwriting/layout-letter";
import { drawSheets, renderLetterPdf } from "@/lib/handwriting/render-letter-pdf";
import { renderLetterSvg } from "@/lib/handwriting/render-letter-svg";
import { renderLetterThumbnail, THUMBNAIL_WIDTH } from "@/lib/handwriting/render-letter-thumbnail";
import { ms, paired, verdict, type Suite } from "../lib";

// About 250 words: one US Letter page in Caveat.
const page = [
  "Dear Margaret,",
  "Happy birthday! I wanted to write to you properly this year, by hand, because a message on a screen never says enough. You have been at the centre of so many of my best days, and I hardly ever tell you so.",
  "I keep thinking about the summer you taught me to swim in the lake at Grandpa's cabin. You stood waist-deep in that cold water for an hour, promising you would not let go, and then you did, and I swam. I was furious for about ten seconds and then I was proud, and you laughed so loudly that the neighbours came down to the jetty.",
  "I think about your lemon cake every Sunday. Mine comes out flat, or dry, or somehow both at once, and the kitchen smells wonderful anyway. Perhaps the secret is that it was never really about the cake.",
  "With all my love,\nClara",
].join("\n\n");

// A new seed for every render: nothing of one letter's drawing is reused by the next, only the fonts.
let n = 0;
const letter = (body = page, style = "caveat"): LetterInput => ({ body, style, ink: "navy", stationery: "cream", variety: "en-US", seed: `bench-${n++}` });

async function plainPage(): Promise<Buffer> {
  const doc = new PDFDocument({ size: "LETTER", margin: 68 });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.font("Times-Roman").fontSize(13).text(page, { lineGap: 14 });
  doc.end();
  return done;
}

async function run(): Promise<string> {
  const coldStart = performance.now();
  await renderLetterPdf(letter());
  const cold = performance.now() - coldStart;
  if (layoutLetter(letter()).pages.length !== 1) throw new Error("The benchmark page must fit one sheet");

  const rows: string[] = [];
  for (const style of ["caveat", "dancing-script", "homemade-apple"]) {
    const pdf = await paired(plainPage, () => renderLetterPdf(letter(page, style)), 30);
    const svg = await paired(plainPage, () => renderLetterSvg(letter(page, style)), 30);
    rows.push(`| ${style} | ${ms(pdf.baselineMs)} | ${ms(pdf.subjectMs)} | ${pdf.ratio.toFixed(1)}× (≤ 8×: ${verdict(pdf.ratio <= 8)}) | ${ms(svg.subjectMs)} | ${svg.ratio.toFixed(1)}× (≤ 3×: ${verdict(svg.ratio <= 3)}) |`);
  }

  // The first page as a PNG thumbnail (lists, emails), warm: layout, SVG and resvg's rasterising.
  await renderLetterThumbnail(letter());
  const thumbnails: number[] = [];
  let thumbnailBytes = 0;
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    thumbnailBytes = (await renderLetterThumbnail(letter())).byteLength;
    thumbnails.push(performance.now() - start);
  }
  thumbnails.sort((a, b) => a - b);

  // A print batch: 100 letters of about two pages, one document, as the fulfilment batch draws them.
  const long = `${page}\n\n${page.split("\n\n").slice(1, 4).join("\n\n")}\n\n${page}`;
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const batchStart = performance.now();
  const doc = new PDFDocument({ autoFirstPage: false });
  let bytes = 0;
  doc.on("data", (c: Buffer) => (bytes += c.length));
  const done = new Promise<void>((resolve) => doc.on("end", resolve));
  let pages = 0;
  for (let i = 0; i < 100; i++) {
    const layout = layoutLetter(letter(long));
    pages += layout.pages.length;
    drawSheets(doc, layout);
    await new Promise((resolve) => setImmediate(resolve)); // let the stream drain between letters
  }
  doc.end();
  await done;
  const batch = performance.now() - batchStart;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);

  return [
    "Warm: fonts parsed and shaped once per process, a new seed (so a new drawing) for every render. Baseline: pdfkit writing the same words in Times-Roman on one page.",
    "",
    "| hand | plain pdfkit page | handwritten PDF page | PDF ratio (goal) | handwritten SVG page | SVG ratio (goal) |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
    `First letter of a process (fonts read and parsed): ${ms(cold)}.`,
    "",
    `First-page PNG thumbnail (${THUMBNAIL_WIDTH} px wide, ${(thumbnailBytes / 1024).toFixed(0)} KB): median ${ms(thumbnails[10])}, slowest of 20 ${ms(thumbnails[19])} (drawn once per version and look, then served from the stored file).`,
    "",
    `100-letter print batch (${pages} pages, one PDF of ${(bytes / 2 ** 20).toFixed(1)} MiB): ${(batch / 1000).toFixed(1)} s, ${ms(batch / pages)} a page; peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB (${((peak - baseRss) / 2 ** 20).toFixed(0)} MiB above the process before the batch).`,
  ].join("\n");
}

export default { title: "Letters in handwriting", run } satisfies Suite;
