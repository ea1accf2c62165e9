import type { FontName } from "./fonts";
import { fontChain, graphemes, type ChainFont, type FontChain } from "./hands";
import { compose, rotate, translate, type Matrix } from "./matrix";
import { seededRandom } from "./seeded-random";

/**
 * One glyph on the page. `matrix` maps the glyph's em square (1 unit = 1 em, y up, origin on its
 * baseline) to page points (y down), so every output draws exactly the same thing. `font` null is a
 * character no font can draw: an empty box of `id` -1, never a silent gap.
 */
export type PlacedGlyph = { font: FontName | null; id: number; codePoints: number[]; matrix: Matrix; opacity: number };

/** A word with where it came from in the body (`at`, UTF-16 offset) and a box for selecting it on screen. */
export type PlacedWord = { text: string; at: number; line: number; glyphs: PlacedGlyph[]; box: { matrix: Matrix; width: number; size: number } };

// Natural variation, kept inside careful bounds: a letter written by an attentive hand, not a shaky one.
const WORD = { size: 0.03, rotation: 0.9, baseline: 0.9 } as const;
const GLYPH = { size: 0.045, rotation: 2.2, baseline: 0.55, slant: 2.5, spacing: 0.05 } as const;
const INK = { range: [0.8, 0.97], wordStep: 0.035, glyph: 0.045 } as const;
const MISSING_WIDTH = 0.55; // em, the empty box drawn for a character no font has

type Random = ReturnType<typeof seededRandom>;
type ShapedGlyph = { font: ChainFont | null; id: number; codePoints: number[]; x: number; dy: number; size: number; rotation: number; slant: number; ink: number };
export type ShapedWord = { text: string; at: number; glyphs: ShapedGlyph[]; width: number; size: number; gap: number };

export const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

/**
 * A hand holding a pen: shapes words in the hand's font chain with seeded variation and places
 * them on a sheet, with the ink running richer and fainter from word to word. `scale` sizes the
 * hand's writing (1: on a 30 pt rule). The same seed gives the same strokes.
 */
export function pen(style: string, seed: string, scale: number) {
  const chain = fontChain(style);
  const size = chain.hand.size * scale;
  const random = seededRandom(seed);
  const missing = new Set<string>();
  const shape = wordShaper(chain, size, random, missing);
  const own = chain.fonts[0].font;
  const spaceWidth = (own.layout(" ").advanceWidth / own.unitsPerEm) * size * chain.hand.space;
  let ink = random.between(INK.range[0], INK.range[1]);
  return {
    random,
    missing,
    shape,
    /** A word space, never twice quite the same. */
    space: (scale = 1) => spaceWidth * scale * (1 + random.between(-0.15, 0.15)),
    /** Puts a shaped word at (x, y) on its baseline, turned by `angle` degrees. */
    place(word: ShapedWord, x: number, y: number, angle: number, line: number): PlacedWord {
      ink = clamp(ink + random.between(-INK.wordStep, INK.wordStep), INK.range[0], INK.range[1]);
      const origin = compose(translate(x, y), rotate(angle));
      const glyphs = word.glyphs.map((g) => ({
        font: g.font?.name ?? null,
        id: g.id,
        codePoints: g.codePoints,
        matrix: glyphMatrix(origin, g),
        opacity: round2(clamp(ink + g.ink, 0.7, 1)),
      }));
      return { text: word.text, at: word.at, line, glyphs, box: { matrix: origin, width: word.width, size: word.size } };
    },
    /** Writes a line of words from (x, y) with a gentle slope; words get `line` (-1: outside the text). */
    writeLine(words: ShapedWord[], x: number, y: number, line: number): PlacedWord[] {
      const slope = random.between(-LINE.slope, LINE.slope);
      const placed: PlacedWord[] = [];
      let at = x;
      for (const word of words) {
        at += word.gap;
        const wy = y + (at - x) * Math.tan((slope * Math.PI) / 180) + random.between(-WORD.baseline, WORD.baseline);
        placed.push(this.place(word, at, wy, slope + random.between(-WORD.rotation, WORD.rotation), line));
        at += word.width;
      }
      return placed;
    },
  };
}

const LINE = { slope: 0.45 } as const;

/**
 * Shapes a word, then varies each glyph: a new size, angle, baseline, slant, spacing and ink for
 * every letter of a print hand, and the font's alternate forms taken in turn; joined-up hands vary
 * only their ink inside a word and move as a whole, so their joins stay joined.
 */
function wordShaper(chain: FontChain, baseSize: number, random: Random, missing: Set<string>) {
  const loose = chain.hand.connected ? 0 : 1;
  const turns = new Map<RunGlyph, number>();
  return (text: string, at: number, scale = 1): ShapedWord => {
    const size = baseSize * scale * (1 + random.between(-WORD.size, WORD.size));
    const glyphs: ShapedGlyph[] = [];
    let pen = 0;
    for (const shaped of wordGlyphs(chain, text)) {
      if (!shaped.font) {
        missing.add(shaped.missing);
        glyphs.push({ font: null, id: -1, codePoints: [], x: pen, dy: 0, size, rotation: 0, slant: 0, ink: 0 });
        pen += MISSING_WIDTH * size;
        continue;
      }
      const turn = turns.get(shaped) ?? 0;
      turns.set(shaped, turn + 1);
      const em = size * shaped.font.scale;
      glyphs.push({
        font: shaped.font,
        id: shaped.forms[turn % shaped.forms.length],
        codePoints: shaped.codePoints,
        x: pen + shaped.xOffset * em,
        dy: -shaped.yOffset * em + loose * random.between(-GLYPH.baseline, GLYPH.baseline),
        size: em * (1 + loose * random.between(-GLYPH.size, GLYPH.size)),
        rotation: loose * random.between(-GLYPH.rotation, GLYPH.rotation),
        slant: loose * random.between(-GLYPH.slant, GLYPH.slant),
        ink: random.between(-INK.glyph, INK.glyph),
      });
      pen += shaped.xAdvance * em * (1 + loose * random.between(-GLYPH.spacing, GLYPH.spacing));
    }
    return { text, at, glyphs, width: pen, size, gap: 0 };
  };
}

type WordGlyph = (RunGlyph & { font: ChainFont }) | { font: null; missing: string };
const shapedWords = new WeakMap<FontChain, Map<string, WordGlyph[]>>();

/**
 * A word's glyphs before any variation, cached per hand: split into stretches one font of the chain
 * draws; a print hand's graphemes are shaped one by one (each is drawn on its own), a joined-up
 * run whole, because its letters take their forms from their neighbours.
 */
function wordGlyphs(chain: FontChain, text: string): WordGlyph[] {
  let words = shapedWords.get(chain);
  if (!words) shapedWords.set(chain, (words = new Map()));
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

/** A shaped glyph in ems, with the other forms of it that the hand's alternate features give. */
type RunGlyph = { id: number; forms: number[]; codePoints: number[]; xOffset: number; yOffset: number; xAdvance: number };
const shapedRuns = new Map<string, RunGlyph[]>();
const SHAPED_RUNS_KEPT = 50_000;

/** fontkit's shaping, cached per process: shaping takes about half a millisecond a call. */
function shapeRun({ name, font }: ChainFont, text: string, alternates: string[]): RunGlyph[] {
  const key = `${name}\u0000${text}`;
  let glyphs = shapedRuns.get(key);
  if (!glyphs) {
    const run = font.layout(text);
    const others = alternates.map((feature) => font.layout(text, [feature])).filter((r) => r.glyphs.length === run.glyphs.length);
    glyphs = run.glyphs.map((glyph, i) => ({
      id: glyph.id,
      forms: [...new Set([glyph.id, ...others.map((r) => r.glyphs[i].id)])],
      codePoints: glyph.codePoints,
      xOffset: run.positions[i].xOffset / font.unitsPerEm,
      yOffset: run.positions[i].yOffset / font.unitsPerEm,
      xAdvance: run.positions[i].xAdvance / font.unitsPerEm,
    }));
    if (shapedRuns.size >= SHAPED_RUNS_KEPT) shapedRuns.clear();
    shapedRuns.set(key, glyphs);
  }
  return glyphs;
}

/** Splits text into stretches that one font of the chain draws, grapheme by grapheme. */
function fontRuns(chain: FontChain, text: string): { font: ChainFont | null; text: string }[] {
  const runs: { font: ChainFont | null; text: string }[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const font = chain.fontFor(segment);
    const last = runs.at(-1);
    if (last && last.font === font) last.text += segment;
    else runs.push({ font, text: segment });
  }
  return runs;
}

/** origin · translate(x, dy) · rotate · slant · scale(size, -size), multiplied out: it runs for every glyph. */
function glyphMatrix([a, b, c, d, e, f]: Matrix, g: ShapedGlyph): Matrix {
  const r = (g.rotation * Math.PI) / 180;
  const cos = Math.cos(r) * g.size;
  const sin = Math.sin(r) * g.size;
  const k = Math.tan((g.slant * Math.PI) / 180);
  // rotate · slant · scale(size, -size) = [cos, sin, k·cos + sin, k·sin − cos] (times size)
  const [a2, b2, c2, d2] = [cos, sin, k * cos + sin, k * sin - cos];
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * g.x + c * g.dy + e, b * g.x + d * g.dy + f];
}

const round2 = (value: number) => Math.round(value * 100) / 100;
