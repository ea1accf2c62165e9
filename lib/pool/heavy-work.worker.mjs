// lib/books/book-design.ts
var TRIM_SIZES = {
  "6x9": { label: "6 \xD7 9 in (US trade)", width: 432, height: 648 },
  "5.5x8.5": { label: "5.5 \xD7 8.5 in (digest)", width: 396, height: 612 },
  a5: { label: "A5 (148 \xD7 210 mm)", width: 419.53, height: 595.28 }
};
var TRIM_SIZE_KEYS = Object.keys(TRIM_SIZES);
var INCH = 72;
var BLEED = 0.125 * INCH;
var MIN_PAGES = 24;
function insideMargin(pages) {
  const inches = pages <= 60 ? 0.75 : pages <= 150 ? 0.8 : pages <= 300 ? 0.85 : pages <= 500 ? 0.9 : pages <= 700 ? 0.95 : 1;
  return inches * INCH;
}
function spineWidth(pages) {
  return (pages / 444 + 0.06) * INCH;
}
var MIN_SPINE_FOR_TEXT = 0.25 * INCH;
function pageGeometry(trimSize, pages) {
  const trim = TRIM_SIZES[trimSize];
  const small = trim.width < 420;
  return {
    width: trim.width + 2 * BLEED,
    height: trim.height + 2 * BLEED,
    bleed: BLEED,
    trim: { width: trim.width, height: trim.height },
    top: BLEED + (small ? 0.7 : 0.8) * INCH,
    bottom: BLEED + (small ? 0.8 : 0.9) * INCH,
    inside: BLEED + insideMargin(pages),
    outside: BLEED + (small ? 0.55 : 0.65) * INCH,
    type: small ? { size: 10.5, leading: 0.66 } : { size: 11, leading: 0.68 }
  };
}

// lib/books/book-fonts.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
var FACES = [
  { family: "EB Garamond", pkg: "eb-garamond", files: ["400Regular/EBGaramond_400Regular.ttf", "400Regular_Italic/EBGaramond_400Regular_Italic.ttf", "600SemiBold/EBGaramond_600SemiBold.ttf"] },
  { family: "Noto Serif SC", pkg: "noto-serif-sc", files: ["400Regular/NotoSerifSC_400Regular.ttf"] },
  { family: "Noto Serif KR", pkg: "noto-serif-kr", files: ["400Regular/NotoSerifKR_400Regular.ttf"] },
  { family: "Noto Emoji", pkg: "noto-emoji", files: ["400Regular/NotoEmoji_400Regular.ttf"] }
];
var BOOK_FONT_FAMILIES = FACES.map((f) => f.family);
var fontPath = (pkg, file) => path.join(process.cwd(), "node_modules", "@expo-google-fonts", pkg, file);
var blobs;
function bookFontBlobs() {
  blobs ??= FACES.flatMap((face) => face.files.map((file) => readFileSync(fontPath(face.pkg, file))));
  return blobs;
}
var coverage;
function coverageSets() {
  coverage ??= FACES.map((face) => {
    const font = fontkit.openSync(fontPath(face.pkg, face.files[0]));
    return new Set("characterSet" in font ? font.characterSet : []);
  });
  return coverage;
}
var INVISIBLE = /[\u200b-\u200d\u2060\ufe00-\ufe0f\u{e0020}-\u{e007f}\n\r\t]/u;
var covered = /* @__PURE__ */ new Map();
function isCovered(codePoint) {
  let known = covered.get(codePoint);
  if (known === void 0) {
    known = INVISIBLE.test(String.fromCodePoint(codePoint)) || coverageSets().some((set) => set.has(codePoint));
    covered.set(codePoint, known);
  }
  return known;
}
function uncoveredCharacters(text) {
  const missing = /* @__PURE__ */ new Set();
  for (const char of text.normalize("NFC")) {
    if (!isCovered(char.codePointAt(0))) missing.add(char);
  }
  return [...missing];
}

// lib/books/book-input.ts
var bookLetters = (book) => book.parts.flatMap((p) => p.letters);

// lib/books/preflight-book.ts
function uncoveredInBook(book) {
  const found = [];
  const check = (title, ...texts) => {
    const characters = uncoveredCharacters(texts.join("\n"));
    if (characters.length) found.push({ title, characters });
  };
  check("Title page", book.title, book.subtitle, book.credit);
  check("Dedication", book.dedication);
  check("Foreword", book.foreword);
  check("Back cover", book.blurb);
  for (const part of book.parts) if (part.title) check(`Part: ${part.title}`, part.title);
  for (const letter of bookLetters(book)) check(letter.title, letter.title, letter.text);
  return found;
}
var list = (chars) => chars.map((c) => `\u201C${c}\u201D (U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")})`).join(", ");
var describeUncovered = (u) => `${u.title}: no font can print ${list(u.characters)}.`;

// lib/books/letter-structure.ts
function paragraphLines(text) {
  return text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/).map((p) => p.split("\n").map((line) => line.trim().replace(/\s+/g, " ")).filter(Boolean)).filter((p) => p.length > 0);
}
var plainParagraphs = (text) => paragraphLines(text).map((lines2) => lines2.join(" "));
var SALUTATION = /^(dear|dearest|my dear|my|hello|hi|to)\b.{0,60}[,:!—]?$|^.{1,50}[,:]$/iu;
var VALEDICTION = /^(with (all )?(my )?(love|thanks|gratitude|affection)|all (my )?love|love( always)?|yours( ever| always| truly| sincerely)?|(warm(est)?|kind(est)?|best) (regards|wishes)|best|sincerely|fondly|always|forever yours|thank you|cheers|with love and gratitude|until (then|soon)|xo+)\b/iu;
var POSTSCRIPT = /^p\.?\s?s\.?/iu;
function letterStructure(text) {
  let paragraphs = paragraphLines(text);
  let salutation = null;
  if (paragraphs.length > 1 && paragraphs[0].length === 1 && paragraphs[0][0].length <= 70 && SALUTATION.test(paragraphs[0][0])) {
    salutation = paragraphs[0][0];
    paragraphs = paragraphs.slice(1);
  }
  let postscript = null;
  if (paragraphs.length > 1 && POSTSCRIPT.test(paragraphs.at(-1)[0])) {
    postscript = paragraphs.at(-1);
    paragraphs = paragraphs.slice(0, -1);
  }
  let closing = null;
  const isSignOff = (p) => !!p && p.length <= 3 && p.every((line) => line.length <= 60) && VALEDICTION.test(p[0]);
  const isName = (p) => !!p && p.length === 1 && new RegExp("^(\\p{Lu}[\\p{L}'\u2019.-]*\\s?){1,3}$", "u").test(p[0]);
  if (paragraphs.length > 2 && isName(paragraphs.at(-1)) && isSignOff(paragraphs.at(-2)) && paragraphs.at(-2).length === 1) {
    closing = [paragraphs.at(-2)[0], paragraphs.at(-1)[0]];
    paragraphs = paragraphs.slice(0, -2);
  } else if (paragraphs.length > 1 && isSignOff(paragraphs.at(-1))) {
    const last = paragraphs.at(-1);
    closing = last.length > 1 ? last : splitSignOff(last[0]);
    paragraphs = paragraphs.slice(0, -1);
  }
  return { salutation, paragraphs, closing, postscript };
}
function splitSignOff(line) {
  const match = /^(.*?[,—–])\s+(\S.*)$/u.exec(line);
  return match && VALEDICTION.test(match[1]) ? [match[1], match[2]] : [line];
}

// lib/books/prepare-print-pdf.ts
import { ParseSpeeds, PDFDict, PDFDocument, PDFName } from "pdf-lib";
var box = (b) => [b.x, b.y, b.x + b.width, b.y + b.height].map((n2) => Math.round(n2 * 100) / 100);
async function preparePrintPdf(pdf, bleed) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  for (const page of doc.getPages()) {
    const { width, height } = page.getMediaBox();
    page.setBleedBox(0, 0, width, height);
    page.setTrimBox(bleed, bleed, width - 2 * bleed, height - 2 * bleed);
  }
  const first = doc.getPage(0);
  const fonts = /* @__PURE__ */ new Map();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("Font")) continue;
    const descriptor = object.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict);
    if (!descriptor) continue;
    const name = object.get(PDFName.of("BaseFont"))?.toString().replace(/^\//, "") ?? "unnamed";
    const embedded = ["FontFile", "FontFile2", "FontFile3"].some((key) => descriptor.has(PDFName.of(key)));
    fonts.set(name, { name, embedded, subset: /^[A-Z]{6}\+/.test(name) });
  }
  return {
    pdf: await doc.save({ updateFieldAppearances: false, objectsPerTick: Infinity }),
    inspection: { boxes: { trim: box(first.getTrimBox()), bleed: box(first.getBleedBox()) }, fonts: [...fonts.values()] }
  };
}

// lib/books/typst-compiler.ts
import { mkdirSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import os from "node:os";
import path2 from "node:path";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
var WORKSPACE = "/bhl-typst-book";
var compiler;
function hideSystemFonts() {
  const dir = path2.join(os.tmpdir(), "bhl-typst-no-fonts");
  mkdirSync(dir, { recursive: true });
  const conf = path2.join(dir, "fonts.conf");
  writeFileSync(conf, `<?xml version="1.0"?>
<fontconfig><dir>${dir}</dir></fontconfig>
`);
  process.env.FONTCONFIG_FILE = conf;
}
function typst() {
  if (!compiler) {
    hideSystemFonts();
    compiler = NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs: bookFontBlobs() }] });
  }
  return compiler;
}
var templates = /* @__PURE__ */ new Map();
function template(name) {
  let source = templates.get(name);
  if (source === void 0) {
    source = readFileSync2(path2.join(process.cwd(), "lib", "books", "typst", name), "utf8");
    templates.set(name, source);
  }
  return source;
}
var TypstError = class extends Error {
  name = "TypstError";
};
function compileTypst(main, files) {
  const c = typst();
  c.resetShadow();
  for (const [file, content] of Object.entries(files)) c.mapShadow(WORKSPACE + file, typeof content === "string" ? Buffer.from(content) : content);
  try {
    const result = c.compile({ mainFileContent: main });
    const doc = result.result;
    if (process.env.TYPST_DEBUG) result.printDiagnostics();
    if (result.hasError() || !doc) {
      const diagnostics = result.takeDiagnostics()?.shortDiagnostics ?? [];
      throw new TypstError(`Typst could not typeset the book: ${JSON.stringify(diagnostics).slice(0, 800)}`);
    }
    return { pdf: c.pdf(doc, { pdfTags: false }), pages: doc.numOfPages };
  } finally {
    c.resetShadow();
    c.evictCache(0);
  }
}

// lib/books/typeset-interior.ts
var IMPRINT = "Beautiful Handwritten Letters";
var PART_LABELS = ["Part One", "Part Two", "Part Three", "Part Four", "Part Five", "Part Six", "Part Seven", "Part Eight", "Part Nine", "Part Ten"];
var partLabel = (index) => PART_LABELS[index] ?? `Part ${index + 1}`;
function copyrightLines(book) {
  return [
    `${book.title}${book.subtitle ? `: ${book.subtitle}` : ""}`,
    `\xA9 ${book.year} ${IMPRINT} and the letters\u2019 writers.`,
    "Published with the consent of each letter\u2019s client. Names of private people have been shortened and addresses removed.",
    "All rights reserved."
  ];
}
function interiorData(book, pages) {
  const [lang, region] = book.language.toLowerCase().split("-");
  let partNumber = 0;
  let letterNumber = 0;
  return {
    title: book.title,
    subtitle: book.subtitle,
    credit: book.credit,
    imprint: IMPRINT,
    lang,
    region: region ?? null,
    fonts: BOOK_FONT_FAMILIES,
    ...(({ type, ...page }) => ({ page, type }))(pageGeometry(book.trimSize, pages)),
    copyright: [...copyrightLines(book), "Set in EB Garamond."],
    dedication: book.dedication.trim() || null,
    foreword: book.foreword.trim() ? { title: "Foreword", paragraphs: plainParagraphs(book.foreword) } : null,
    parts: book.parts.map((part) => ({
      title: part.title?.trim() || null,
      label: part.title?.trim() ? partLabel(partNumber++) : null,
      letters: part.letters.map((letter) => {
        letterNumber += 1;
        return {
          title: letter.title,
          ...letterStructure(letter.text),
          facsimile: letter.facsimileSvg ? `/facsimile/${letterNumber}.svg` : null
        };
      })
    }))
  };
}
var CHARS_PER_PAGE = { "6x9": 2700, "5.5x8.5": 2200, a5: 2300 };
function estimatePages(book) {
  const letters = bookLetters(book);
  const chars = letters.reduce((sum, l) => sum + l.text.length, 0) + book.foreword.length;
  const facsimiles = letters.filter((l) => l.facsimileSvg).length;
  return Math.ceil(10 + chars / CHARS_PER_PAGE[book.trimSize] + letters.length * 0.9 + facsimiles * 1.5 + book.parts.length * 2);
}
async function typesetInterior(book) {
  const files = {};
  let letterNumber = 0;
  for (const letter of bookLetters(book)) {
    letterNumber += 1;
    if (letter.facsimileSvg) files[`/facsimile/${letterNumber}.svg`] = letter.facsimileSvg;
  }
  let guess = estimatePages(book);
  let result = compileTypst(template("interior.typ"), { ...files, "/book.json": JSON.stringify(interiorData(book, guess)) });
  if (insideMargin(result.pages) !== insideMargin(guess)) {
    guess = result.pages;
    result = compileTypst(template("interior.typ"), { ...files, "/book.json": JSON.stringify(interiorData(book, guess)) });
  }
  const geometry = pageGeometry(book.trimSize, guess);
  return { ...await preparePrintPdf(result.pdf, geometry.bleed), pages: result.pages, insideMargin: insideMargin(guess) };
}

// lib/books/typeset-cover.ts
function coverGeometry(book, pages) {
  const trim = TRIM_SIZES[book.trimSize];
  const spine = spineWidth(pages);
  return { width: 2 * trim.width + spine + 2 * BLEED, height: trim.height + 2 * BLEED, spine, spineText: spine >= MIN_SPINE_FOR_TEXT };
}
function coverData(book, pages) {
  const geometry = coverGeometry(book, pages);
  const [lang, region] = book.language.toLowerCase().split("-");
  return {
    ...geometry,
    bleed: BLEED,
    trim: TRIM_SIZES[book.trimSize],
    title: book.title,
    subtitle: book.subtitle,
    credit: book.credit,
    imprint: IMPRINT,
    blurb: plainParagraphs(book.blurb),
    fonts: BOOK_FONT_FAMILIES,
    lang,
    region: region ?? null
  };
}
async function typesetCover(book, pages) {
  const geometry = coverGeometry(book, pages);
  const { pdf } = compileTypst(template("cover.typ"), { "/cover.json": JSON.stringify(coverData(book, pages)) });
  return { ...await preparePrintPdf(pdf, BLEED), geometry };
}

// lib/books/typeset-epub.ts
import { EPub } from "epub-gen-memory";
var escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
var lines = (ls) => ls.map(escapeHtml).join("<br/>");
var CSS = `
body { font-family: serif; line-height: 1.5; }
h1 { font-weight: normal; text-align: center; margin: 2em 0 1.5em; }
p { margin: 0; text-indent: 1.2em; text-align: justify; hyphens: auto; }
p.salutation, p.closing, p.postscript, p.first { text-indent: 0; }
p.salutation { margin-bottom: 0.6em; }
p.closing { margin-top: 1em; text-align: right; font-style: italic; }
p.postscript { margin-top: 1em; }
.centered { text-align: center; text-indent: 0; margin-top: 30%; font-style: italic; }
.copyright p { text-indent: 0; text-align: left; font-size: 0.85em; margin-bottom: 0.6em; }
`;
function letterHtml(text) {
  const { salutation, paragraphs, closing, postscript } = letterStructure(text);
  return [
    salutation ? `<p class="salutation">${escapeHtml(salutation)}</p>` : "",
    ...paragraphs.map((p, i) => `<p${i === 0 ? ' class="first"' : ""}>${lines(p)}</p>`),
    closing ? `<p class="closing">${lines(closing)}</p>` : "",
    postscript ? `<p class="postscript">${lines(postscript)}</p>` : ""
  ].join("\n");
}
async function typesetEpub(book) {
  const chapters = [
    { title: "Copyright", excludeFromToc: true, beforeToc: true, content: `<div class="copyright">${copyrightLines(book).map((l) => `<p>${escapeHtml(l)}</p>`).join("")}</div>` }
  ];
  if (book.dedication.trim()) {
    chapters.push({ title: "Dedication", excludeFromToc: true, beforeToc: true, content: `<p class="centered">${lines(book.dedication.trim().split("\n"))}</p>` });
  }
  if (book.foreword.trim()) {
    chapters.push({ title: "Foreword", content: plainParagraphs(book.foreword).map((p, i) => `<p${i === 0 ? ' class="first"' : ""}>${escapeHtml(p)}</p>`).join("\n") });
  }
  let parts = 0;
  for (const part of book.parts) {
    const title = part.title?.trim();
    if (title) chapters.push({ title: `${partLabel(parts++)}: ${title}`, content: "" });
    for (const letter of part.letters) chapters.push({ title: letter.title, content: letterHtml(letter.text) });
  }
  const bytes = await new EPub(
    {
      title: book.subtitle ? `${book.title}: ${book.subtitle}` : book.title,
      author: book.credit,
      publisher: IMPRINT,
      description: book.blurb || void 0,
      lang: book.language,
      tocTitle: "Contents",
      css: CSS,
      version: 3,
      verbose: false
    },
    chapters
  ).genEpub();
  return new Uint8Array(bytes);
}

// lib/books/typeset-book.ts
var BookRefused = class extends Error {
  constructor(message, preflight) {
    super(message);
    this.preflight = preflight;
  }
  name = "BookRefused";
};
var round = (n2) => Math.round(n2 * 100) / 100;
async function typesetBook(book, progress = () => {
}) {
  const uncovered = uncoveredInBook(book);
  if (uncovered.length) {
    throw new BookRefused(`Some characters cannot be printed with the book\u2019s fonts. ${uncovered.map(describeUncovered).join(" ")}`, null);
  }
  progress(0.05);
  const interior = await typesetInterior(book);
  progress(0.8);
  const cover = await typesetCover(book, interior.pages);
  progress(0.95);
  const preflight = {
    trimSize: book.trimSize,
    trim: { width: TRIM_SIZES[book.trimSize].width, height: TRIM_SIZES[book.trimSize].height },
    pages: interior.pages,
    spineWidth: round(cover.geometry.spine),
    spineText: cover.geometry.spineText,
    insideMargin: interior.insideMargin,
    boxes: { interior: interior.inspection.boxes, cover: cover.inspection.boxes },
    fonts: [...new Map([...interior.inspection.fonts, ...cover.inspection.fonts].map((f) => [f.name, f])).values()],
    uncovered,
    problems: []
  };
  if (interior.pages < MIN_PAGES) {
    preflight.problems.push(
      `The book has ${interior.pages} pages; printers need at least ${MIN_PAGES} for a paperback. Add letters, a foreword or a dedication.`
    );
  }
  for (const font of preflight.fonts) {
    if (!font.embedded) preflight.problems.push(`The font ${font.name} is not embedded.`);
  }
  if (preflight.problems.length) throw new BookRefused(preflight.problems.join(" "), preflight);
  return { interior: interior.pdf, cover: cover.pdf, epub: await typesetEpub(book), preflight };
}

// workers/tasks/book.ts
async function typesetBook2(input) {
  try {
    return { book: await typesetBook(input) };
  } catch (error) {
    if (error instanceof BookRefused) return { refused: { message: error.message, preflight: error.preflight } };
    throw error;
  }
}

// lib/handwriting/render-letter-pdf.ts
import PDFDocument2 from "pdfkit";

// lib/orders/catalogue.ts
var handwritingStyles = {
  caveat: { label: "Everyday (Caveat)", family: "caveat" },
  "dancing-script": { label: "Flowing (Dancing Script)", family: "dancing-script" },
  "homemade-apple": { label: "Old-fashioned (Homemade Apple)", family: "homemade-apple" }
};
var inks = {
  navy: { label: "Navy", hex: "#1f2d5a" },
  black: { label: "Black", hex: "#1d1b19" },
  sepia: { label: "Sepia", hex: "#5b3a1e" },
  green: { label: "Bottle green", hex: "#1f4a3a" }
};
var stationeries = {
  cream: { label: "Cream laid", paper: "#f7f0e1", rule: "#e6d9bd" },
  white: { label: "Bright white", paper: "#fdfcf9", rule: "#e3e3e3" },
  blue: { label: "Pale blue", paper: "#eef3f7", rule: "#cfdbe6" }
};

// lib/handwriting/hand-fonts.ts
var hands = {
  caveat: { css: "Caveat", subsets: ["latin", "latin-ext"], size: 22, space: 1.1 },
  "dancing-script": { css: "Dancing Script", subsets: ["latin", "latin-ext", "vietnamese"], size: 19, space: 1.1 },
  "homemade-apple": { css: "Homemade Apple", subsets: ["latin"], size: 13, space: 1.7 }
};
var woff = (family, subset) => ({ family, file: `${family}-${subset}-400-normal.woff` });
var fallbacks = [
  { name: "fallback-hand-latin-ext", fontsource: woff("caveat", "latin-ext"), css: "Caveat" },
  { name: "fallback-hand-cyrillic", fontsource: woff("caveat", "cyrillic"), css: "Caveat" },
  ...["latin", "latin-ext", "greek", "greek-ext", "cyrillic-ext", "vietnamese"].map((subset) => ({
    name: `fallback-sans-${subset}`,
    fontsource: woff("source-sans-3", subset),
    css: "Source Sans 3"
  }))
];
function handFonts(style) {
  const family = handwritingStyles[style]?.family ?? "caveat";
  const hand = hands[family] ?? hands.caveat;
  const own = hand.subsets.map((subset) => ({ name: `hand-${subset}`, fontsource: woff(family, subset), css: hand.css }));
  const chain = [...own, ...fallbacks];
  return {
    sources: chain.map(({ name, fontsource }) => ({ name, fontsource })),
    size: hand.size,
    space: hand.space,
    cssFamilies: Object.fromEntries(chain.map((f) => [f.name, f.css]))
  };
}

// lib/handwriting/page-size.ts
function pageSize(variety) {
  return variety === "en-GB" || variety === "en-AU" ? { name: "A4", width: 595.28, height: 841.89 } : { name: "LETTER", width: 612, height: 792 };
}

// lib/handwriting/register-font-chain.ts
import { readFileSync as readFileSync3 } from "node:fs";
import path3 from "node:path";
var INVISIBLE2 = /[\u200c\u200d\ufe00-\ufe0f]/gu;
var WIN_ANSI_EXTRA = new Set("\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178");
var winAnsi = (cp) => cp >= 32 && cp <= 126 || cp >= 160 && cp <= 255 || WIN_ANSI_EXTRA.has(String.fromCodePoint(cp));
var buffers = /* @__PURE__ */ new Map();
function fontFile(family, file) {
  const key = `${family}/${file}`;
  let buffer = buffers.get(key);
  if (!buffer) {
    buffer = readFileSync3(path3.join(process.cwd(), "node_modules", "@fontsource", family, "files", file));
    buffers.set(key, buffer);
  }
  return buffer;
}
function registerFontChain(doc, sources) {
  const covers = sources.map((source) => {
    if ("standard" in source) {
      doc.registerFont(source.name, source.standard);
      return { name: source.name, has: winAnsi };
    }
    doc.registerFont(source.name, fontFile(source.fontsource.family, source.fontsource.file));
    let coverage2;
    const has = (cp) => {
      if (!coverage2) {
        doc.font(source.name);
        coverage2 = doc._font.font;
      }
      return coverage2.hasGlyphForCodePoint(cp);
    };
    return { name: source.name, has };
  });
  const cache = /* @__PURE__ */ new Map();
  return {
    fontFor(grapheme) {
      const cached = cache.get(grapheme);
      if (cached !== void 0) return cached;
      const points = [...grapheme.replace(INVISIBLE2, "")].map((c) => c.codePointAt(0));
      const found = covers.find((c) => points.every((cp) => c.has(cp)))?.name ?? null;
      cache.set(grapheme, found);
      return found;
    }
  };
}

// lib/handwriting/seeded-random.ts
import { createHash } from "node:crypto";
function seededRandom(seed) {
  const h = createHash("sha256").update(seed).digest();
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  const next = () => {
    const t = (a + b >>> 0) + d >>> 0;
    d = d + 1 >>> 0;
    a = b ^ b >>> 9;
    b = c + (c << 3) >>> 0;
    c = (c << 21 | c >>> 11) >>> 0;
    c = c + t >>> 0;
    return t / 4294967296;
  };
  return { next, between: (min, max) => min + (max - min) * next() };
}

// lib/handwriting/layout-letter.ts
var MARGIN_X = 68;
var FIRST_RULE = 112;
var BOTTOM = 64;
var RULE_GAP = 30;
var MAX_BLANK_RUN = 2;
var JITTER = { baseline: 1.1, rotation: 1.2, size: 0.03, slope: 0.5, indent: 4, opacity: [0.84, 0.97], space: 0.18 };
var MAX_ANGLE = 1.5;
var graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
var graphemeCount = (text) => [...graphemes.segment(text)].length;
var placeholderWidth = (size) => size * 0.55;
function layoutLetter(doc, input) {
  const page = pageSize(input.variety);
  const { sources, size, space, cssFamilies } = handFonts(input.style);
  const chain = registerFontChain(doc, sources);
  const random = seededRandom(input.seed);
  const missing = /* @__PURE__ */ new Set();
  const lineWidth = page.width - 2 * MARGIN_X;
  const measureWord = (text) => {
    const wordSize = size * (1 + random.between(-JITTER.size, JITTER.size));
    const pieces = [];
    for (const { segment } of graphemes.segment(text)) {
      const font = chain.fontFor(segment);
      if (!font) missing.add(segment);
      const last = pieces.at(-1);
      if (last && last.font === font && font) last.text += segment;
      else pieces.push({ font, text: segment, width: 0 });
    }
    for (const piece of pieces) {
      piece.width = piece.font ? doc.font(piece.font).fontSize(wordSize).widthOfString(piece.text) : placeholderWidth(wordSize) * graphemeCount(piece.text);
    }
    return { pieces, size: wordSize, gap: 0, width: pieces.reduce((sum, p) => sum + p.width, 0) };
  };
  const spaceWidth = spaceMeasure(doc, chain, size);
  const lines2 = layoutLines(input.body, measureWord, lineWidth, () => space * spaceWidth * (1 + random.between(-JITTER.space, JITTER.space)));
  const linesPerPage = Math.floor((page.height - FIRST_RULE - BOTTOM) / RULE_GAP) + 1;
  const pages = paginate(lines2, linesPerPage).map((pageLines, index) => {
    const placed = [];
    if (index > 0) {
      const number = measureWord(String(index + 1));
      placed.push({ pieces: number.pieces, x: page.width - MARGIN_X - 16, y: FIRST_RULE - RULE_GAP * 1.6, angle: 0, size: number.size, opacity: 0.9 });
    }
    pageLines.forEach((line, row) => {
      if (line === "blank") return;
      const ruleY = FIRST_RULE + row * RULE_GAP;
      const slope = random.between(-JITTER.slope, JITTER.slope) * Math.PI / 180;
      let x = MARGIN_X + random.between(0, JITTER.indent);
      const left = x;
      for (const word of line) {
        x += word.gap;
        const y = ruleY - 3 + (x - left) * Math.tan(slope) + random.between(-JITTER.baseline, JITTER.baseline);
        const angle = clamp(slope * 180 / Math.PI + random.between(-JITTER.rotation, JITTER.rotation), MAX_ANGLE);
        const opacity = random.between(JITTER.opacity[0], JITTER.opacity[1]);
        placed.push({ pieces: word.pieces, x, y, angle, size: word.size, opacity });
        x += word.width;
      }
    });
    return placed;
  });
  return {
    page,
    ink: inks[input.ink]?.hex ?? inks.navy.hex,
    paper: stationeries[input.stationery] ?? stationeries.cream,
    rules: Array.from({ length: linesPerPage }, (_, row) => FIRST_RULE + row * RULE_GAP),
    cssFamilies,
    pages,
    missingCharacters: [...missing]
  };
}
function layoutLines(body, measure, lineWidth, space) {
  const lines2 = [];
  let blankRun = 0;
  for (const raw of body.normalize("NFC").replace(/\r\n?/g, "\n").split("\n")) {
    const words = raw.replace(/\t/g, " ").split(/ +/).filter(Boolean);
    if (words.length === 0) {
      if (++blankRun <= MAX_BLANK_RUN) lines2.push("blank");
      continue;
    }
    blankRun = 0;
    let line = [];
    let used = 0;
    for (const word of words.flatMap((w) => splitLongWord(measure(w), lineWidth))) {
      word.gap = line.length ? space() : 0;
      if (line.length && used + word.gap + word.width > lineWidth) {
        lines2.push(line);
        line = [];
        used = 0;
        word.gap = 0;
      }
      line.push(word);
      used += word.gap + word.width;
    }
    lines2.push(line);
  }
  while (lines2.at(-1) === "blank") lines2.pop();
  return lines2;
}
function splitLongWord(word, lineWidth) {
  if (word.width <= lineWidth) return [word];
  const parts = [];
  let current = { pieces: [], width: 0, size: word.size, gap: 0 };
  for (const piece of word.pieces) {
    const perGrapheme = piece.width / Math.max(1, graphemeCount(piece.text));
    for (const { segment } of graphemes.segment(piece.text)) {
      if (current.width + perGrapheme > lineWidth && current.pieces.length) {
        parts.push(current);
        current = { pieces: [], width: 0, size: word.size, gap: 0 };
      }
      current.pieces.push({ font: piece.font, text: segment, width: perGrapheme });
      current.width += perGrapheme;
    }
  }
  parts.push(current);
  return parts;
}
function paginate(lines2, perPage) {
  const pages = [[]];
  for (const line of lines2) {
    let current = pages.at(-1);
    if (current.length === perPage) pages.push(current = []);
    if (line === "blank" && current.length === 0 && pages.length > 1) continue;
    current.push(line);
  }
  return pages;
}
var clamp = (value, limit) => Math.max(-limit, Math.min(limit, value));
function spaceMeasure(doc, chain, size) {
  return doc.font(chain.fontFor(" ") ?? "hand-latin").fontSize(size).widthOfString(" ");
}

// lib/handwriting/render-letter-pdf.ts
async function renderLetterPdf(input) {
  const doc = new PDFDocument2({ margin: 0, autoFirstPage: false, info: { Title: "A handwritten letter" } });
  const chunks = [];
  doc.on("data", (chunk) => chunks.push(chunk));
  const finished = new Promise((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const layout = layoutLetter(doc, input);
  for (const words of layout.pages) {
    doc.addPage({ size: layout.page.name, margin: 0 });
    drawPaper(doc, layout);
    for (const word of words) drawWord(doc, word, layout.ink);
  }
  doc.end();
  return { pdf: await finished, pages: layout.pages.length, missingCharacters: layout.missingCharacters };
}
function drawPaper(doc, { page, paper, rules }) {
  doc.rect(0, 0, page.width, page.height).fill(paper.paper);
  doc.save().lineWidth(0.6).strokeColor(paper.rule).strokeOpacity(0.9);
  for (const y of rules) doc.moveTo(MARGIN_X - 26, y).lineTo(page.width - MARGIN_X + 26, y).stroke();
  doc.restore();
}
function drawWord(doc, word, ink) {
  doc.save().translate(word.x, word.y).rotate(word.angle).fillColor(ink).fillOpacity(word.opacity).strokeColor(ink);
  let offset = 0;
  for (const piece of word.pieces) {
    if (piece.font) {
      doc.font(piece.font).fontSize(word.size).text(piece.text, offset, 0, { lineBreak: false, baseline: "alphabetic" });
    } else {
      const w = placeholderWidth(word.size);
      for (let i = 0; i < graphemeCount(piece.text); i++) {
        doc.lineWidth(0.6).rect(offset + i * w + w * 0.15, -word.size * 0.6, w * 0.7, word.size * 0.6).stroke();
      }
    }
    offset += piece.width;
  }
  doc.restore();
}

// lib/handwriting/render-letter-svg.ts
import PDFDocument3 from "pdfkit";
var escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
var n = (value) => value.toFixed(2);
function renderLetterSvg(input) {
  const layout = layoutLetter(new PDFDocument3({ autoFirstPage: false }), input);
  const { page, paper, ink, rules, cssFamilies } = layout;
  const pages = layout.pages.map((words) => {
    const parts = [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(page.width)} ${n(page.height)}" role="img" aria-label="A handwritten letter">`,
      `<rect width="100%" height="100%" fill="${paper.paper}"/>`,
      ...rules.map((y) => `<line x1="${MARGIN_X - 26}" x2="${n(page.width - MARGIN_X + 26)}" y1="${y}" y2="${y}" stroke="${paper.rule}" stroke-width="0.6" stroke-opacity="0.9"/>`)
    ];
    for (const word of words) {
      parts.push(`<g transform="translate(${n(word.x)} ${n(word.y)}) rotate(${n(word.angle)})" fill="${ink}" stroke="${ink}" fill-opacity="${n(word.opacity)}">`);
      let offset = 0;
      for (const piece of word.pieces) {
        if (piece.font) {
          parts.push(`<text x="${n(offset)}" stroke="none" font-family="'${cssFamilies[piece.font]}', cursive" font-size="${n(word.size)}">${escape(piece.text)}</text>`);
        } else {
          const w = placeholderWidth(word.size);
          for (let i = 0; i < graphemeCount(piece.text); i++) {
            parts.push(`<rect x="${n(offset + i * w + w * 0.15)}" y="${n(-word.size * 0.6)}" width="${n(w * 0.7)}" height="${n(word.size * 0.6)}" fill="none" stroke-width="0.6"/>`);
          }
        }
        offset += piece.width;
      }
      parts.push("</g>");
    }
    parts.push("</svg>");
    return parts.join("");
  });
  return { pages, missingCharacters: layout.missingCharacters };
}

// workers/tasks/letter.ts
var renderLetterPdf2 = (input) => renderLetterPdf(input);
var renderLetterSvg2 = (input) => renderLetterSvg(input);

// lib/proofread/proofread-letter.ts
import { createHash as createHash2 } from "node:crypto";
import { SuggestionKind as HarperSuggestionKind } from "harper.js";

// lib/proofread/find-long-sentences.ts
var LONG_SENTENCE_WORDS = 40;
function findLongSentences(text, limit = LONG_SENTENCE_WORDS) {
  const long = [];
  for (const match of text.matchAll(/[^.!?…\n]+(?:[.!?…]+["'”’)]*)?/g)) {
    const sentence = match[0];
    const words = sentence.match(/\S+/g)?.length ?? 0;
    if (words <= limit) continue;
    const lead = sentence.length - sentence.trimStart().length;
    long.push({ start: match.index + lead, end: match.index + sentence.trimEnd().length, words });
  }
  return long;
}

// lib/proofread/get-harper-linter.ts
import { Dialect, LocalLinter } from "harper.js";
import { binary } from "harper.js/binary";
var dialects = {
  "en-US": Dialect.American,
  "en-GB": Dialect.British,
  "en-CA": Dialect.Canadian,
  "en-AU": Dialect.Australian
};
var warm = globalThis;
function getHarperLinter(variety) {
  const linters = warm.__bhlHarper ??= /* @__PURE__ */ new Map();
  let linter = linters.get(variety);
  if (!linter) {
    linter = createLinter(variety);
    linter.catch(() => linters.delete(variety));
    linters.set(variety, linter);
  }
  return linter;
}
async function createLinter(variety) {
  const linter = new LocalLinter({ binary, dialect: dialects[variety] });
  await linter.setup();
  const config = await linter.getLintConfig();
  await linter.setLintConfig({ ...config, SplitWords: false, LongSentences: false });
  return linter;
}

// lib/proofread/proofread-letter.ts
var MAX_REPLACEMENTS = 5;
var FINE_REPETITIONS = /^(had had|that that)$/i;
var kinds = {
  Spelling: "spelling",
  Typo: "spelling",
  Repetition: "repetition",
  Redundancy: "repetition",
  Style: "style",
  Readability: "style",
  Enhancement: "style",
  WordChoice: "style",
  Formatting: "style",
  Regionalism: "style"
};
async function proofreadLetter(text, { variety, extraWords = [] }) {
  const linter = await getHarperLinter(variety);
  const byRule = await linter.organizedLints(text, { language: "plaintext" });
  const allowed = new Set([...extraWords].map(normaliseWord));
  const utf16 = utf16Offsets(text);
  const found = [];
  for (const [rule, lints] of Object.entries(byRule)) {
    for (const lint of lints) {
      const suggestion = toSuggestion(lint, rule, utf16, text);
      lint.free();
      const flagged = text.slice(suggestion.start, suggestion.end);
      if (suggestion.kind === "repetition" ? FINE_REPETITIONS.test(flagged) : onlyAllowedWords(flagged, allowed)) continue;
      found.push(suggestion);
    }
  }
  for (const sentence of findLongSentences(text)) {
    found.push({
      rule: "LongSentence",
      start: sentence.start,
      end: sentence.end,
      kind: "style",
      message: `This sentence has ${sentence.words} words. It may read more easily split in two.`,
      replacements: []
    });
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  return withKeys(found, text);
}
function toSuggestion(lint, rule, utf16, text) {
  const span = lint.span();
  const { start, end } = stringRange(span.start, span.end, lint.get_problem_text(), utf16, text);
  span.free();
  const problem = text.slice(start, end);
  const replacements = lint.suggestions().map((s) => {
    const kind = s.kind();
    const replacement = s.get_replacement_text();
    s.free();
    if (kind === HarperSuggestionKind.Remove) return "";
    if (kind === HarperSuggestionKind.InsertAfter) return problem + replacement;
    return replacement;
  });
  return {
    rule,
    start,
    end,
    kind: kinds[lint.lint_kind()] ?? "grammar",
    // Harper quotes words in Markdown backticks; the writer sees ordinary quotation marks.
    message: lint.message().replace(/`([^`]*)`/g, "\u201C$1\u201D"),
    replacements: [...new Set(replacements)].slice(0, MAX_REPLACEMENTS)
  };
}
function stringRange(spanStart, spanEnd, problem, utf16, text) {
  if (text.slice(spanStart, spanEnd) === problem) return { start: spanStart, end: spanEnd };
  const start = utf16[spanStart] ?? spanStart;
  const end = utf16[spanEnd] ?? spanEnd;
  return { start, end };
}
function utf16Offsets(text) {
  const offsets = [];
  let unit = 0;
  for (const character of text) {
    offsets.push(unit);
    unit += character.length;
  }
  offsets.push(unit);
  return offsets;
}
function onlyAllowedWords(problem, allowed) {
  const words = problem.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => allowed.has(normaliseWord(w)));
}
function normaliseWord(word) {
  return word.trim().toLowerCase().replace(/’/g, "'").replace(/'s$/, "");
}
function withKeys(found, text) {
  const seen = /* @__PURE__ */ new Map();
  return found.map(({ rule, ...suggestion }) => {
    const flagged = text.slice(suggestion.start, suggestion.end).toLowerCase();
    const id = flagged.length <= 40 ? flagged : `#${createHash2("sha256").update(flagged).digest("hex").slice(0, 16)}`;
    const base = `${rule}:${id}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { key: `${base}:${occurrence}`, ...suggestion };
  });
}

// workers/tasks/proofread.ts
var proofreadLetter2 = ({ text, variety, extraWords }) => proofreadLetter(text, { variety, extraWords });
export {
  proofreadLetter2 as proofreadLetter,
  renderLetterPdf2 as renderLetterPdf,
  renderLetterSvg2 as renderLetterSvg,
  typesetBook2 as typesetBook
};
