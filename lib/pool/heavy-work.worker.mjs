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

// lib/handwriting/fonts.ts
import * as fontkit from "fontkit";
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
var expo = (family, name) => ({ pkg: `@expo-google-fonts/${family}`, file: `400Regular/${name}_400Regular.ttf` });
var fontFiles = {
  caveat: expo("caveat", "Caveat"),
  dancingScript: expo("dancing-script", "DancingScript"),
  kalam: expo("kalam", "Kalam"),
  patrickHand: expo("patrick-hand", "PatrickHand"),
  indieFlower: expo("indie-flower", "IndieFlower"),
  playpenSans: expo("playpen-sans", "PlaypenSans"),
  // Homemade Apple is on npm only as @fontsource subsets; .woff, since fontkit garbles accents from .woff2.
  homemadeApple: { pkg: "@fontsource/homemade-apple", file: "files/homemade-apple-latin-400-normal.woff" },
  notoSerifSc: expo("noto-serif-sc", "NotoSerifSC"),
  nanumPenScript: expo("nanum-pen-script", "NanumPenScript"),
  notoEmoji: expo("noto-emoji", "NotoEmoji"),
  // Not a hand: the typeset batch sheet that heads a print batch.
  ebGaramond: expo("eb-garamond", "EBGaramond")
};
var loaded = /* @__PURE__ */ new Map();
function loadFont(name) {
  let font = loaded.get(name);
  if (!font) {
    const { pkg, file } = fontFiles[name];
    const bytes = readFileSync(path.join(process.cwd(), "node_modules", pkg, file));
    font = fontkit.create(file.endsWith(".woff") ? woffToSfnt(bytes) : bytes);
    loaded.set(name, font);
  }
  return font;
}
function woffToSfnt(woff) {
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset2, compressed, length] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const raw = woff.subarray(offset2, offset2 + compressed);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(raw) : raw };
  });
  const header = Buffer.alloc(12 + 16 * count);
  const log2 = Math.floor(Math.log2(count));
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(16 * 2 ** log2, 6);
  header.writeUInt16BE(log2, 8);
  header.writeUInt16BE(16 * count - 16 * 2 ** log2, 10);
  const bodies = [];
  let offset = header.length;
  tables.forEach(({ tag, checksum, data }, i) => {
    header.writeUInt32BE(tag, 12 + i * 16);
    header.writeUInt32BE(checksum, 16 + i * 16);
    header.writeUInt32BE(offset, 20 + i * 16);
    header.writeUInt32BE(data.length, 24 + i * 16);
    const padded = Buffer.alloc(data.length + 3 & ~3);
    data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

// lib/handwriting/glyph-outline.ts
var SVG_COMMAND = { moveTo: "M", lineTo: "L", quadraticCurveTo: "Q", bezierCurveTo: "C", closePath: "Z" };
var outlines = /* @__PURE__ */ new Map();
function glyphOutline(font, id) {
  const key = `${font}:${id}`;
  let d = outlines.get(key);
  if (d === void 0) {
    const face = loadFont(font);
    const unit = 1e3 / face.unitsPerEm;
    d = face.getGlyph(id).path.commands.map(({ command, args }) => SVG_COMMAND[command] + args.map((v) => Math.round(v * unit)).join(" ")).join("");
    outlines.set(key, d);
  }
  return d;
}

// lib/orders/catalogue.ts
var handwritingStyles = {
  caveat: { label: "Everyday (Caveat)" },
  "dancing-script": { label: "Flowing joined-up (Dancing Script)" },
  "homemade-apple": { label: "Old-fashioned joined-up (Homemade Apple)" },
  kalam: { label: "Relaxed (Kalam)" },
  "patrick-hand": { label: "Neat print (Patrick Hand)" },
  "indie-flower": { label: "Round and friendly (Indie Flower)" },
  "playpen-sans": { label: "Clear and rounded (Playpen Sans)" }
};
var papers = {
  letter: { label: "US Letter" },
  a4: { label: "A4" },
  a5: { label: "A5" },
  "note-card": { label: "Note card (5 \xD7 7 in)" }
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

// lib/handwriting/hands.ts
var hands = {
  caveat: { font: "caveat", size: 22, space: 1.1, connected: false, alternates: ["salt", "ss02"] },
  "dancing-script": { font: "dancingScript", size: 19, space: 1.1, connected: true, alternates: [] },
  "homemade-apple": { font: "homemadeApple", size: 13, space: 1.7, connected: true, alternates: [] },
  kalam: { font: "kalam", size: 15.5, space: 1, connected: false, alternates: [] },
  "patrick-hand": { font: "patrickHand", size: 18, space: 1, connected: false, alternates: [] },
  "indie-flower": { font: "indieFlower", size: 18, space: 1, connected: false, alternates: [] },
  "playpen-sans": { font: "playpenSans", size: 14.5, space: 1, connected: false, alternates: ["ss01"] }
};
var FALLBACKS = ["caveat", "playpenSans", "notoSerifSc", "nanumPenScript", "notoEmoji"];
var FIXED_SCALE = { notoSerifSc: 0.8, nanumPenScript: 1, notoEmoji: 0.8 };
var graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
var INVISIBLE = /[\u200c\u200d\ufe00-\ufe0f]/gu;
var xHeight = (font) => font.glyphForCodePoint(120).bbox.maxY / font.unitsPerEm;
var chains = /* @__PURE__ */ new Map();
function fontChain(style) {
  const key = style in handwritingStyles ? style : "caveat";
  let chain = chains.get(key);
  if (chain) return chain;
  const hand = hands[key];
  const own = loadFont(hand.font);
  const names = [hand.font, ...FALLBACKS.filter((name) => name !== hand.font)];
  const fonts = names.map((name) => {
    const font = loadFont(name);
    const scale = name === hand.font ? 1 : FIXED_SCALE[name] ?? xHeight(own) / xHeight(font);
    return { name, font, scale };
  });
  const found = /* @__PURE__ */ new Map();
  chain = {
    hand,
    fonts,
    fontFor(grapheme) {
      let font = found.get(grapheme);
      if (font === void 0) {
        const points = [...grapheme.replace(INVISIBLE, "")].map((c) => c.codePointAt(0));
        font = fonts.find((f) => points.every((cp) => f.font.hasGlyphForCodePoint(cp))) ?? null;
        found.set(grapheme, font);
      }
      return font;
    }
  };
  chains.set(key, chain);
  return chain;
}

// lib/handwriting/paper.ts
var sheets = {
  letter: { size: "letter", width: 612, height: 792, margin: 68, top: 112, bottom: 64, ruleGap: 30 },
  a4: { size: "a4", width: 595.28, height: 841.89, margin: 66, top: 112, bottom: 64, ruleGap: 30 },
  a5: { size: "a5", width: 419.53, height: 595.28, margin: 46, top: 82, bottom: 46, ruleGap: 24 },
  "note-card": { size: "note-card", width: 360, height: 504, margin: 38, top: 70, bottom: 40, ruleGap: 22 }
};
function paperFor(paper, variety) {
  if (paper && paper in papers) return sheets[paper];
  return variety === "en-GB" || variety === "en-AU" ? sheets.a4 : sheets.letter;
}

// lib/handwriting/matrix.ts
function multiply([a, b, c, d, e, f], [a2, b2, c2, d2, e2, f2]) {
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}
var translate = (x, y) => [1, 0, 0, 1, x, y];
function rotate(degrees) {
  const r = degrees * Math.PI / 180;
  return [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0];
}
var compose = (...matrices) => matrices.reduce(multiply);

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

// lib/handwriting/pen.ts
var WORD = { size: 0.03, rotation: 0.9, baseline: 0.9 };
var GLYPH = { size: 0.045, rotation: 2.2, baseline: 0.55, slant: 2.5, spacing: 0.05 };
var INK = { range: [0.8, 0.97], wordStep: 0.035, glyph: 0.045 };
var MISSING_WIDTH = 0.55;
var clamp = (value, min, max) => Math.max(min, Math.min(max, value));
function pen(style, seed, scale) {
  const chain = fontChain(style);
  const size = chain.hand.size * scale;
  const random = seededRandom(seed);
  const missing = /* @__PURE__ */ new Set();
  const shape = wordShaper(chain, size, random, missing);
  const own = chain.fonts[0].font;
  const spaceWidth = own.layout(" ").advanceWidth / own.unitsPerEm * size * chain.hand.space;
  let ink = random.between(INK.range[0], INK.range[1]);
  return {
    random,
    missing,
    shape,
    /** A word space, never twice quite the same. */
    space: (scale2 = 1) => spaceWidth * scale2 * (1 + random.between(-0.15, 0.15)),
    /** Puts a shaped word at (x, y) on its baseline, turned by `angle` degrees. */
    place(word, x, y, angle, line) {
      ink = clamp(ink + random.between(-INK.wordStep, INK.wordStep), INK.range[0], INK.range[1]);
      const origin = compose(translate(x, y), rotate(angle));
      const glyphs = word.glyphs.map((g) => ({
        font: g.font?.name ?? null,
        id: g.id,
        codePoints: g.codePoints,
        matrix: glyphMatrix(origin, g),
        opacity: round2(clamp(ink + g.ink, 0.7, 1))
      }));
      return { text: word.text, at: word.at, line, glyphs, box: { matrix: origin, width: word.width, size: word.size } };
    },
    /** Writes a line of words from (x, y) with a gentle slope; words get `line` (-1: outside the text). */
    writeLine(words, x, y, line) {
      const slope = random.between(-LINE.slope, LINE.slope);
      const placed = [];
      let at = x;
      for (const word of words) {
        at += word.gap;
        const wy = y + (at - x) * Math.tan(slope * Math.PI / 180) + random.between(-WORD.baseline, WORD.baseline);
        placed.push(this.place(word, at, wy, slope + random.between(-WORD.rotation, WORD.rotation), line));
        at += word.width;
      }
      return placed;
    }
  };
}
var LINE = { slope: 0.45 };
function wordShaper(chain, baseSize, random, missing) {
  const loose = chain.hand.connected ? 0 : 1;
  const turns = /* @__PURE__ */ new Map();
  return (text, at, scale = 1) => {
    const size = baseSize * scale * (1 + random.between(-WORD.size, WORD.size));
    const glyphs = [];
    let pen2 = 0;
    for (const shaped of wordGlyphs(chain, text)) {
      if (!shaped.font) {
        missing.add(shaped.missing);
        glyphs.push({ font: null, id: -1, codePoints: [], x: pen2, dy: 0, size, rotation: 0, slant: 0, ink: 0 });
        pen2 += MISSING_WIDTH * size;
        continue;
      }
      const turn = turns.get(shaped) ?? 0;
      turns.set(shaped, turn + 1);
      const em = size * shaped.font.scale;
      glyphs.push({
        font: shaped.font,
        id: shaped.forms[turn % shaped.forms.length],
        codePoints: shaped.codePoints,
        x: pen2 + shaped.xOffset * em,
        dy: -shaped.yOffset * em + loose * random.between(-GLYPH.baseline, GLYPH.baseline),
        size: em * (1 + loose * random.between(-GLYPH.size, GLYPH.size)),
        rotation: loose * random.between(-GLYPH.rotation, GLYPH.rotation),
        slant: loose * random.between(-GLYPH.slant, GLYPH.slant),
        ink: random.between(-INK.glyph, INK.glyph)
      });
      pen2 += shaped.xAdvance * em * (1 + loose * random.between(-GLYPH.spacing, GLYPH.spacing));
    }
    return { text, at, glyphs, width: pen2, size, gap: 0 };
  };
}
var shapedWords = /* @__PURE__ */ new WeakMap();
function wordGlyphs(chain, text) {
  let words = shapedWords.get(chain);
  if (!words) shapedWords.set(chain, words = /* @__PURE__ */ new Map());
  let glyphs = words.get(text);
  if (!glyphs) {
    glyphs = [];
    for (const run of fontRuns(chain, text)) {
      const font = run.font;
      if (!font) {
        for (const { segment } of graphemes.segment(run.text)) glyphs.push({ font: null, missing: segment });
        continue;
      }
      const alternates = font.name === chain.hand.font ? chain.hand.alternates : [];
      const pieces = chain.hand.connected ? [run.text] : [...graphemes.segment(run.text)].map((g) => g.segment);
      for (const piece of pieces) for (const glyph of shapeRun(font, piece, alternates)) glyphs.push({ ...glyph, font });
    }
    if (words.size >= SHAPED_RUNS_KEPT) words.clear();
    words.set(text, glyphs);
  }
  return glyphs;
}
var shapedRuns = /* @__PURE__ */ new Map();
var SHAPED_RUNS_KEPT = 5e4;
function shapeRun({ name, font }, text, alternates) {
  const key = `${name}\0${text}`;
  let glyphs = shapedRuns.get(key);
  if (!glyphs) {
    const run = font.layout(text);
    const others = alternates.map((feature) => font.layout(text, [feature])).filter((r) => r.glyphs.length === run.glyphs.length);
    glyphs = run.glyphs.map((glyph, i) => ({
      id: glyph.id,
      forms: [.../* @__PURE__ */ new Set([glyph.id, ...others.map((r) => r.glyphs[i].id)])],
      codePoints: glyph.codePoints,
      xOffset: run.positions[i].xOffset / font.unitsPerEm,
      yOffset: run.positions[i].yOffset / font.unitsPerEm,
      xAdvance: run.positions[i].xAdvance / font.unitsPerEm
    }));
    if (shapedRuns.size >= SHAPED_RUNS_KEPT) shapedRuns.clear();
    shapedRuns.set(key, glyphs);
  }
  return glyphs;
}
function fontRuns(chain, text) {
  const runs = [];
  for (const { segment } of graphemes.segment(text)) {
    const font = chain.fontFor(segment);
    const last = runs.at(-1);
    if (last && last.font === font) last.text += segment;
    else runs.push({ font, text: segment });
  }
  return runs;
}
function glyphMatrix([a, b, c, d, e, f], g) {
  const r = g.rotation * Math.PI / 180;
  const cos = Math.cos(r) * g.size;
  const sin = Math.sin(r) * g.size;
  const k = Math.tan(g.slant * Math.PI / 180);
  const [a2, b2, c2, d2] = [cos, sin, k * cos + sin, k * sin - cos];
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * g.x + c * g.dy + e, b * g.x + d * g.dy + f];
}
var round2 = (value) => Math.round(value * 100) / 100;

// lib/handwriting/layout-letter.ts
var DRIFT = { range: [-3, 7], step: 2 };
var MAX_BLANK_RUN = 2;
function layoutLetter(input) {
  const paper = paperFor(input.paper, input.variety);
  const hand = pen(input.style, input.seed, paper.ruleGap / 30);
  const lineWidth = paper.width - 2 * paper.margin;
  const lines2 = layoutLines(input.body, hand.shape, lineWidth, hand.space);
  if (input.date) {
    const words = input.date.split(" ").map((word, i) => ({ ...hand.shape(word, -1), gap: i ? hand.space() : 0 }));
    lines2.unshift({ words, paragraph: -1, aside: true }, "blank");
  }
  const perPage = Math.floor((paper.height - paper.top - paper.bottom) / paper.ruleGap) + 1;
  let drift = 0;
  const pages = paginate(lines2, perPage).map((pageLines, index) => {
    const words = [];
    const texts = [];
    if (index > 0) {
      const number = hand.shape(String(index + 1), -1);
      words.push(hand.place(number, paper.width - paper.margin - number.width, paper.top - paper.ruleGap * 1.6, hand.random.between(-2, 2), -1));
    }
    pageLines.forEach((line, row) => {
      if (line === "blank") return;
      drift = clamp(drift + hand.random.between(-DRIFT.step, DRIFT.step), DRIFT.range[0], DRIFT.range[1]);
      const width = line.words.reduce((sum, w) => sum + w.gap + w.width, 0);
      const left = line.aside ? paper.width - paper.margin - width - drift : paper.margin + drift;
      words.push(...hand.writeLine(line.words, left, paper.top + row * paper.ruleGap - 3, line.aside ? -1 : texts.length));
      if (!line.aside) texts.push(line.words.map((w) => w.text).join(" "));
    });
    return { words, lines: texts };
  });
  return {
    paper,
    ink: inks[input.ink]?.hex ?? inks.navy.hex,
    stationery: stationeries[input.stationery] ?? stationeries.cream,
    rules: Array.from({ length: perPage }, (_, row) => paper.top + row * paper.ruleGap),
    ruleSpan: [paper.margin - 26, paper.width - paper.margin + 26],
    pages,
    missingCharacters: [...hand.missing]
  };
}
function layoutLines(body, shape, lineWidth, space) {
  const lines2 = [];
  let blankRun = 0;
  let paragraph = 0;
  let offset = 0;
  for (const raw of body.split("\n")) {
    const start = offset;
    offset += raw.length + 1;
    const tokens = [...raw.matchAll(/\S+/g)];
    if (tokens.length === 0) {
      if (++blankRun <= MAX_BLANK_RUN) lines2.push("blank");
      if (blankRun === 1) paragraph++;
      continue;
    }
    blankRun = 0;
    let line = [];
    let used = 0;
    for (const token of tokens) {
      for (const word of fitWord(shape, token[0], start + token.index, lineWidth)) {
        word.gap = line.length ? space() : 0;
        if (line.length && used + word.gap + word.width > lineWidth) {
          lines2.push({ words: line, paragraph });
          line = [];
          used = 0;
          word.gap = 0;
        }
        line.push(word);
        used += word.gap + word.width;
      }
    }
    lines2.push({ words: line, paragraph });
  }
  while (lines2.at(-1) === "blank") lines2.pop();
  return lines2;
}
function fitWord(shape, text, at, lineWidth) {
  const word = shape(text, at);
  if (word.width <= lineWidth) return [word];
  const parts = [...graphemes.segment(text)];
  const share = Math.max(1, Math.floor(parts.length * lineWidth / word.width) - 1);
  const head = parts.slice(0, share).map((p) => p.segment).join("");
  return [shape(head, at), ...fitWord(shape, text.slice(head.length), at + head.length, lineWidth)];
}
function paginate(lines2, perPage) {
  const keepFrom = closingKeepStart(lines2);
  const pages = [[]];
  lines2.forEach((line, index) => {
    let current = pages.at(-1);
    const keepTogether = index === keepFrom && lines2.length - index <= perPage && current.length + (lines2.length - index) > perPage;
    if (current.length === perPage || keepTogether && current.length > 0) pages.push(current = []);
    if (line === "blank" && current.length === 0 && pages.length > 1) return;
    current.push(line);
  });
  return pages;
}
function closingKeepStart(lines2) {
  const last = lines2.at(-1);
  if (!last || last === "blank") return -1;
  let start = lines2.length - 1;
  while (start > 0 && lines2[start - 1] !== "blank" && lines2[start - 1].paragraph === last.paragraph) start--;
  if (lines2.length - start > 3 || start === 0) return -1;
  for (let written = 0; start > 0 && written < 2; ) if (lines2[--start] !== "blank") written++;
  return start;
}

// lib/handwriting/render-letter-svg.ts
var escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
var fixed = (value, digits) => {
  const scale = 10 ** digits;
  return String(Math.round(value * scale) / scale);
};
var GLYPH_UNITS = 1e-5;
var placement = ([a, b, c, d, e, f]) => `matrix(${Math.round(a * 100)} ${Math.round(b * 100)} ${Math.round(c * 100)} ${Math.round(d * 100)} ${Math.round(e * 1e5)} ${Math.round(f * 1e5)})`;
var MISSING_BOX = "M80 0L470 0L470 600L80 600Z";
function renderLetterSvg(input, options = {}) {
  const layout = layoutLetter(input);
  return { pages: layout.pages.map((_, page) => pageSvg(layout, page, options)), missingCharacters: layout.missingCharacters };
}
function letterPageSvg(input, page, options = {}) {
  const layout = layoutLetter(input);
  if (page < 0 || page >= layout.pages.length) throw new RangeError(`The letter has ${layout.pages.length} pages`);
  return pageSvg(layout, page, options);
}
function pageSvg(layout, index, { text = true } = {}) {
  const { paper, stationery, rules, ruleSpan, ink } = layout;
  const page = layout.pages[index];
  const prefix = `hw${index}-`;
  const defs = /* @__PURE__ */ new Map();
  const uses = [];
  const lines2 = page.lines.map(() => []);
  for (const word of page.words) {
    for (const glyph of word.glyphs) {
      const id = glyph.font ? `${prefix}${glyph.font}-${glyph.id}` : `${prefix}missing`;
      if (!defs.has(id)) {
        defs.set(id, glyph.font ? `<path id="${id}" d="${glyphOutline(glyph.font, glyph.id)}"/>` : `<path id="${id}" d="${MISSING_BOX}" fill="none" stroke-width="40"/>`);
      }
      uses.push(`<use href="#${id}" transform="${placement(glyph.matrix)}" fill-opacity="${glyph.opacity}"/>`);
    }
    if (text && word.line >= 0) {
      const [a, b, c, d, e, f] = word.box.matrix;
      lines2[word.line].push(
        `<text transform="matrix(${[a, b, c, d].map((v) => fixed(v, 4)).join(" ")} ${fixed(e, 2)} ${fixed(f, 2)})" font-size="${fixed(word.box.size, 2)}" textLength="${fixed(word.box.width, 2)}" lengthAdjust="spacingAndGlyphs" data-at="${word.at}">${escape(word.text)} </text>`
      );
    }
  }
  const [x1, x2] = ruleSpan.map((v) => fixed(v, 2));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${fixed(paper.width, 2)} ${fixed(paper.height, 2)}" class="letter-page" aria-label="Page ${index + 1} of ${layout.pages.length}">`,
    `<rect width="100%" height="100%" fill="${stationery.paper}"/>`,
    `<g stroke="${stationery.rule}" stroke-width="0.6" stroke-opacity="0.9">`,
    ...rules.map((y) => `<line x1="${x1}" x2="${x2}" y1="${y}" y2="${y}"/>`),
    "</g>",
    `<defs>${[...defs.values()].join("")}</defs>`,
    `<g transform="scale(${GLYPH_UNITS})" fill="${ink}" stroke="${ink}" stroke-width="0">${uses.join("")}</g>`,
    text ? `<g class="letter-text" fill="transparent" font-family="sans-serif">${lines2.map((words) => `<g data-line="">${words.join("")}</g>`).join("")}</g>` : "",
    "</svg>"
  ].join("");
}

// lib/books/add-facsimiles.ts
function addFacsimiles(book) {
  return {
    ...book,
    parts: book.parts.map((part) => ({
      ...part,
      letters: part.letters.map((letter) => letter.handwriting ? { ...letter, facsimileSvg: letterPageSvg(letter.handwriting, 0, { text: false }) } : letter)
    }))
  };
}

// lib/books/book-fonts.ts
import { readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";
import * as fontkit2 from "fontkit";
var FACES = [
  { family: "EB Garamond", pkg: "eb-garamond", files: ["400Regular/EBGaramond_400Regular.ttf", "400Regular_Italic/EBGaramond_400Regular_Italic.ttf", "600SemiBold/EBGaramond_600SemiBold.ttf"] },
  { family: "Noto Serif SC", pkg: "noto-serif-sc", files: ["400Regular/NotoSerifSC_400Regular.ttf"] },
  { family: "Noto Serif KR", pkg: "noto-serif-kr", files: ["400Regular/NotoSerifKR_400Regular.ttf"] },
  { family: "Noto Emoji", pkg: "noto-emoji", files: ["400Regular/NotoEmoji_400Regular.ttf"] }
];
var BOOK_FONT_FAMILIES = FACES.map((f) => f.family);
var fontPath = (pkg, file) => path2.join(process.cwd(), "node_modules", "@expo-google-fonts", pkg, file);
var blobs;
function bookFontBlobs() {
  blobs ??= FACES.flatMap((face) => face.files.map((file) => readFileSync2(fontPath(face.pkg, file))));
  return blobs;
}
var coverage;
function coverageSets() {
  coverage ??= FACES.map((face) => {
    const font = fontkit2.openSync(fontPath(face.pkg, face.files[0]));
    return new Set("characterSet" in font ? font.characterSet : []);
  });
  return coverage;
}
var INVISIBLE2 = /[\u200b-\u200d\u2060\ufe00-\ufe0f\u{e0020}-\u{e007f}\n\r\t]/u;
var covered = /* @__PURE__ */ new Map();
function isCovered(codePoint) {
  let known = covered.get(codePoint);
  if (known === void 0) {
    known = INVISIBLE2.test(String.fromCodePoint(codePoint)) || coverageSets().some((set) => set.has(codePoint));
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
import { mkdirSync, readFileSync as readFileSync3, writeFileSync } from "node:fs";
import os from "node:os";
import path3 from "node:path";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
var WORKSPACE = "/bhl-typst-book";
var compiler;
function hideSystemFonts() {
  const dir = path3.join(os.tmpdir(), "bhl-typst-no-fonts");
  mkdirSync(dir, { recursive: true });
  const conf = path3.join(dir, "fonts.conf");
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
    source = readFileSync3(path3.join(process.cwd(), "lib", "books", "typst", name), "utf8");
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
async function typesetBook(input, progress = () => {
}) {
  const uncovered = uncoveredInBook(input);
  if (uncovered.length) {
    throw new BookRefused(`Some characters cannot be printed with the book\u2019s fonts. ${uncovered.map(describeUncovered).join(" ")}`, null);
  }
  const book = addFacsimiles(input);
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
async function renderLetterPdf(input) {
  const layout = layoutLetter(input);
  const pdf = await pdfOf("A handwritten letter", (doc) => drawSheets(doc, layout));
  return { pdf, pages: layout.pages.length, missingCharacters: layout.missingCharacters };
}
function pdfOf(title, draw) {
  const doc = new PDFDocument2({ margin: 0, autoFirstPage: false, info: { Title: title } });
  const chunks = [];
  doc.on("data", (chunk) => chunks.push(chunk));
  const finished = new Promise((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  draw(doc);
  doc.end();
  return finished;
}
function drawSheets(doc, layout) {
  let glyphs = writers.get(doc);
  if (!glyphs) writers.set(doc, glyphs = glyphWriter(doc));
  for (const page of layout.pages) {
    doc.addPage({ size: [layout.paper.width, layout.paper.height], margin: 0 });
    drawPaper(doc, layout);
    doc.fillColor(layout.ink).strokeColor(layout.ink);
    for (const word of page.words) glyphs.draw(word.glyphs);
  }
}
function drawPaper(doc, { paper, stationery, rules, ruleSpan }) {
  doc.rect(0, 0, paper.width, paper.height).fill(stationery.paper);
  doc.save().lineWidth(0.6).strokeColor(stationery.rule).strokeOpacity(0.9);
  for (const y of rules) doc.moveTo(ruleSpan[0], y).lineTo(ruleSpan[1], y).stroke();
  doc.restore();
}
var n = (value) => String(Math.round(value * 1e4) / 1e4);
var writers = /* @__PURE__ */ new WeakMap();
function glyphWriter(doc) {
  const fonts = /* @__PURE__ */ new Map();
  const embedded = (name) => {
    let font = fonts.get(name);
    if (!font) {
      doc.registerFont(name, loadFont(name));
      doc.font(name);
      font = doc._font;
      fonts.set(name, font);
    }
    const page2 = doc.page;
    page2.fonts[font.id] ??= font.ref();
    return font;
  };
  let opacity = -1;
  let page = null;
  return {
    draw(glyphs) {
      if (doc.page !== page) [page, opacity] = [doc.page, -1];
      for (const glyph of glyphs) {
        if (glyph.opacity !== opacity) {
          doc.fillOpacity(glyph.opacity);
          opacity = glyph.opacity;
        }
        const [a, b, c, d, e, f] = glyph.matrix;
        if (!glyph.font) {
          doc.save().transform(a, b, c, d, e, f).lineWidth(0.04).rect(0.08, 0, 0.39, 0.6).stroke().restore();
          continue;
        }
        const font = embedded(glyph.font);
        const gid = font.subset.includeGlyph(glyph.id);
        font.widths[gid] ??= font.font.getGlyph(glyph.id).advanceWidth * font.scale;
        font.unicode[gid] ??= glyph.codePoints;
        doc.addContent(`BT /${font.id} 1 Tf ${n(a)} ${n(b)} ${n(c)} ${n(d)} ${n(e)} ${n(f)} Tm <${gid.toString(16).padStart(4, "0")}> Tj ET`);
      }
    }
  };
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
