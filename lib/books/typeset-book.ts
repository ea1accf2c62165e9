import PDFDocument from "pdfkit";
import { registerFontChain, type FontChain, type FontSource } from "@/lib/handwriting/register-font-chain";

export type BookChapter = { title: string; text: string };
export type Book = { title: string; subtitle: string; chapters: BookChapter[] };
export type TypesetBook = { pdf: Buffer; pages: number; missingCharacters: string[] };

// 6 × 9 in trade paperback, in points.
const PAGE = { width: 432, height: 648 };
const MARGINS = { top: 63, bottom: 72, left: 58, right: 58 };
const BODY_SIZE = 11;
const CONTENTS_PER_PAGE = 18;
const INK = "#1d1b19";
const SOFT = "#6b6154";

// No .woff serif ships with the app, so the body is set in the PDF standard Times; letters outside
// its WinAnsi encoding (Ł, ő, Greek, Cyrillic) fall back per grapheme to Source Sans 3.
const sans = (subset: string): FontSource => ({
  name: `sans-${subset}`,
  fontsource: { family: "source-sans-3", file: `source-sans-3-${subset}-400-normal.woff` },
});
const fallbacks = ["latin-ext", "greek", "greek-ext", "cyrillic", "cyrillic-ext", "vietnamese"].map(sans);

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Typesets a collection as a print-ready book: a title page, contents with page numbers, each
 * letter as a chapter on a new page, page numbers in the footer. `onProgress` is called after each
 * chapter so a job can report how far it has got.
 */
export async function typesetBook(book: Book, onProgress?: (done: number, total: number) => Promise<void>): Promise<TypesetBook> {
  const doc = new PDFDocument({ size: [PAGE.width, PAGE.height], margins: MARGINS, bufferPages: true, info: { Title: book.title } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const roman = registerFontChain(doc, [{ name: "serif", standard: "Times-Roman" }, ...fallbacks]);
  const italic = registerFontChain(doc, [{ name: "serif-italic", standard: "Times-Italic" }, ...fallbacks]);
  const missing = new Set<string>();
  const write = (chain: FontChain, text: string, size: number, options: PDFKit.Mixins.TextOptions, at?: { x: number; y: number }) =>
    writeRuns(doc, chain, text, size, options, missing, at);
  const textWidth = PAGE.width - MARGINS.left - MARGINS.right;

  // Title page
  doc.fillColor(INK);
  write(roman, book.title, 26, { width: textWidth, align: "center" }, { x: MARGINS.left, y: 190 });
  if (book.subtitle) {
    doc.moveDown(0.6);
    doc.fillColor(SOFT);
    write(italic, book.subtitle, 13, { width: textWidth, align: "center" }, { x: MARGINS.left, y: doc.y });
  }
  ornament(doc, doc.y + 28);

  // Contents pages are left blank now and filled in once every chapter's page is known.
  const contentsPages = Math.max(1, Math.ceil(book.chapters.length / CONTENTS_PER_PAGE));
  for (let i = 0; i < contentsPages; i++) doc.addPage();

  const starts: number[] = [];
  for (const [index, chapter] of book.chapters.entries()) {
    doc.addPage();
    starts.push(doc.bufferedPageRange().count);
    doc.fillColor(INK);
    write(italic, chapter.title, 17, { width: textWidth, align: "center" }, { x: MARGINS.left, y: 150 });
    ornament(doc, doc.y + 14);
    doc.y += 40;
    for (const paragraph of chapter.text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/)) {
      const text = paragraph.trim();
      if (!text) continue;
      write(roman, text, BODY_SIZE, { width: textWidth, align: "left", lineGap: 3.5 }, { x: MARGINS.left, y: doc.y });
      doc.moveDown(0.7);
    }
    await onProgress?.(index + 1, book.chapters.length);
  }

  book.chapters.forEach((chapter, index) => {
    const page = 1 + Math.floor(index / CONTENTS_PER_PAGE);
    const row = index % CONTENTS_PER_PAGE;
    doc.switchToPage(page);
    if (row === 0) {
      doc.fillColor(INK);
      write(roman, page === 1 ? "Contents" : "Contents, continued", 18, { width: textWidth, align: "left" }, { x: MARGINS.left, y: MARGINS.top + 24 });
    }
    contentsLine(doc, roman, missing, chapter.title, starts[index], MARGINS.top + 64 + row * 24, textWidth);
  });

  const total = doc.bufferedPageRange().count;
  for (let page = 1; page < total; page++) {
    doc.switchToPage(page);
    // Writing below the bottom margin would make pdfkit start a new page; lift the margin meanwhile.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("serif").fontSize(9).fillColor(SOFT).text(String(page + 1), MARGINS.left, PAGE.height - 44, { width: textWidth, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return { pdf: await finished, pages: total, missingCharacters: [...missing] };
}

/** Writes text in runs of the first font that has each grapheme; graphemes no font has become "?". */
function writeRuns(
  doc: PDFKit.PDFDocument,
  chain: FontChain,
  text: string,
  size: number,
  options: PDFKit.Mixins.TextOptions,
  missing: Set<string>,
  at?: { x: number; y: number },
) {
  const runs: { font: string; text: string }[] = [];
  for (const { segment } of graphemes.segment(text.normalize("NFC"))) {
    let font = chain.fontFor(segment);
    let drawn = segment;
    if (!font && segment !== "\n") {
      missing.add(segment);
      [font, drawn] = [chain.fontFor("?"), "?"];
    }
    font ??= chain.fontFor(" ")!;
    const last = runs.at(-1);
    if (last?.font === font) last.text += drawn;
    else runs.push({ font, text: drawn });
  }
  const widthOf = (run: { font: string; text: string }) => doc.font(run.font).fontSize(size).widthOfString(run.text);
  const total = runs.reduce((sum, run) => sum + widthOf(run), 0);
  // pdfkit centres each run of a continued text on its own; a centred line of mixed fonts is placed by hand.
  if (options.align === "center" && runs.length > 1 && at && options.width && total <= options.width) {
    let x = at.x + (options.width - total) / 2;
    for (const run of runs) {
      doc.font(run.font).fontSize(size).text(run.text, x, at.y, { lineBreak: false, baseline: "alphabetic" });
      x += widthOf(run);
    }
    doc.x = at.x;
    doc.y = at.y + doc.currentLineHeight(true);
    return;
  }
  runs.forEach((run, i) => {
    // One baseline for every run: fonts with different ascenders would otherwise sit at different heights.
    const opts = { ...options, baseline: "alphabetic" as const, continued: i < runs.length - 1 };
    doc.font(run.font).fontSize(size);
    if (i === 0 && at) doc.text(run.text, at.x, at.y, opts);
    else doc.text(run.text, opts);
  });
}

function contentsLine(doc: PDFKit.PDFDocument, chain: FontChain, missing: Set<string>, title: string, page: number, y: number, width: number) {
  const number = String(page);
  doc.font("serif").fontSize(BODY_SIZE);
  const numberWidth = doc.widthOfString(number);
  let shown = title;
  // One line per entry: a title too long for it is shortened with an ellipsis.
  while (shown.length > 4 && doc.widthOfString(shown) > width - numberWidth - 36) shown = `${shown.slice(0, -2).trimEnd()}…`;
  doc.fillColor(INK);
  writeRuns(doc, chain, shown, BODY_SIZE, { lineBreak: false }, missing, { x: MARGINS.left, y });
  const titleEnd = MARGINS.left + doc.font("serif").fontSize(BODY_SIZE).widthOfString(shown);
  doc.text(number, MARGINS.left + width - numberWidth, y, { lineBreak: false, baseline: "alphabetic" });
  const leaderY = y - 1;
  doc.save().lineWidth(0.6).strokeColor("#b8ad98").dash(1, { space: 3 });
  doc.moveTo(titleEnd + 8, leaderY).lineTo(MARGINS.left + width - numberWidth - 6, leaderY).stroke();
  doc.restore();
}

function ornament(doc: PDFKit.PDFDocument, y: number) {
  const middle = PAGE.width / 2;
  doc.save().lineWidth(0.6).strokeColor("#b8ad98");
  doc.moveTo(middle - 36, y).lineTo(middle - 6, y).stroke();
  doc.moveTo(middle + 6, y).lineTo(middle + 36, y).stroke();
  doc.circle(middle, y, 1.6).fill("#b8ad98");
  doc.restore();
}
