import { createHash } from "node:crypto";
import { fileStore } from "@/lib/files/file-store";
import { runHeavyWork } from "@/lib/pool/heavy-work-pool";
import type { LetterInput } from "./layout-letter";
import type { LetterSvg } from "./render-letter-svg";

// Bump when the engine draws differently, so no screen or download shows a stale drawing.
const ENGINE_VERSION = 1;

/** One key per letter text and look: a new version or another ink is another key. */
export function renderKey(input: LetterInput): string {
  const { body, style, ink, stationery, variety, seed, paper, date } = input;
  return createHash("sha256")
    .update(JSON.stringify([ENGINE_VERSION, body, style, ink, stationery, variety, seed, paper ?? null, date ?? null]))
    .digest("hex")
    .slice(0, 32);
}

const svgs = new Map<string, LetterSvg>();
const SVGS_KEPT = 200; // about 20-40 MB of pages
// Renders under way, so a page asked for twice at once is drawn once.
const drawing = new Map<string, Promise<unknown>>();

/** Runs `draw` once per key at a time: a second caller waits for the first one's result. */
function once<T>(key: string, draw: () => Promise<T>): Promise<T> {
  let pending = drawing.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = draw().finally(() => drawing.delete(key));
    drawing.set(key, pending);
  }
  return pending;
}

/**
 * The letter's SVG pages for a screen (reader, preview, review), drawn in the worker-thread pool
 * and kept per version and look: in memory for the letters most recently shown, and in the file
 * store, which every app instance shares and a restart keeps.
 */
export async function letterSvg(input: LetterInput): Promise<LetterSvg> {
  const key = renderKey(input);
  let svg = svgs.get(key);
  if (svg) svgs.delete(key); // re-inserted below: the Map's order is the order of last use
  else svg = await once(`svg:${key}`, () => storedSvg(input, `letters/${key}.svg.json`));
  svgs.set(key, svg);
  if (svgs.size > SVGS_KEPT) svgs.delete(svgs.keys().next().value!);
  return svg;
}

async function storedSvg(input: LetterInput, fileKey: string): Promise<LetterSvg> {
  const stored = await fileStore().stream(fileKey);
  if (stored) return (await new Response(stored.stream).json()) as LetterSvg;
  const svg = await runHeavyWork("renderLetterSvg", input);
  await fileStore().put(fileKey, new TextEncoder().encode(JSON.stringify(svg)));
  return svg;
}

/** A stored rendering of the letter, made in the pool (and stored) the first time it is asked for. */
async function storedFile(fileKey: string, render: () => Promise<Uint8Array>): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  const stored = await fileStore().stream(fileKey);
  if (stored) return stored;
  await once(fileKey, async () => fileStore().put(fileKey, await render()));
  return (await fileStore().stream(fileKey))!;
}

/** The letter's PDF from the stored files, rendered and stored the first time it is asked for. */
export function letterPdfFile(input: LetterInput): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  // Rendered in the worker-thread pool: a long letter holds a core for a while.
  return storedFile(`letters/${renderKey(input)}.pdf`, async () => (await runHeavyWork("renderLetterPdf", input)).pdf);
}

/** The letter's first page as a PNG thumbnail, rendered and stored the first time it is asked for. */
export function letterThumbnailFile(input: LetterInput): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  return storedFile(`letters/${renderKey(input)}-first-page.png`, () => runHeavyWork("renderLetterThumbnail", input));
}
