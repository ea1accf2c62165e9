import { createHash } from "node:crypto";
import { fileStore } from "@/lib/files/file-store";
import { runHeavyWork } from "@/lib/pool/heavy-work-pool";
import type { LetterInput } from "./layout-letter";
import { renderLetterSvg, type LetterSvg } from "./render-letter-svg";

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

/** The letter's SVG pages, kept in memory for the letters most recently shown. */
export function letterSvg(input: LetterInput): LetterSvg {
  const key = renderKey(input);
  let svg = svgs.get(key);
  if (svg) svgs.delete(key); // re-inserted below: the Map's order is the order of last use
  else svg = renderLetterSvg(input);
  svgs.set(key, svg);
  if (svgs.size > SVGS_KEPT) svgs.delete(svgs.keys().next().value!);
  return svg;
}

/** The letter's PDF from the stored files, rendered and stored the first time it is asked for. */
export async function letterPdfFile(input: LetterInput): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  const key = `letters/${renderKey(input)}.pdf`;
  const stored = await fileStore().stream(key);
  if (stored) return stored;
  // Rendered in the worker-thread pool: a long letter holds a core for a while.
  await fileStore().put(key, (await runHeavyWork("renderLetterPdf", input)).pdf);
  return (await fileStore().stream(key))!;
}
