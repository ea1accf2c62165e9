// Reads a PDF the way a printer's preflight does, with Debian's poppler-utils (pdfinfo, pdffonts,
// pdftotext): the tests check the real output, not our own idea of it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(tmpdir(), "bhl-pdf-"));
let n = 0;
function file(pdf: Uint8Array): string {
  const name = path.join(dir, `${n++}.pdf`);
  writeFileSync(name, pdf);
  return name;
}

export type PageBoxes = { media: number[]; trim: number[]; bleed: number[] };

/** `pdfinfo -box` for every page: MediaBox, TrimBox and BleedBox as [x1, y1, x2, y2]. */
export function pdfBoxes(pdf: Uint8Array): { pages: number; boxes: PageBoxes[] } {
  const f = file(pdf);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [f], { encoding: "utf8" }))![1]);
  const out = execFileSync("pdfinfo", ["-box", "-f", "1", "-l", String(pages), f], { encoding: "utf8" });
  const read = (name: string) => [...out.matchAll(new RegExp(`^Page\\s+\\d+ ${name}:\\s+(.*)$`, "gm"))].map((m) => m[1].trim().split(/\s+/).map(Number));
  const media = read("MediaBox");
  const trim = read("TrimBox");
  const bleed = read("BleedBox");
  return { pages, boxes: media.map((m, i) => ({ media: m, trim: trim[i], bleed: bleed[i] })) };
}

/** `pdffonts`: every font with its embedded and subset flags. */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean; subset: boolean }[] {
  const lines = execFileSync("pdffonts", [file(pdf)], { encoding: "utf8" }).trim().split("\n").slice(2);
  return lines.map((line) => {
    // name, type (may hold spaces), encoding, emb, sub, uni, object id, generation
    const cols = line.trim().split(/\s+/);
    const [emb, sub] = cols.slice(-5, -3);
    return { name: cols[0], embedded: emb === "yes", subset: sub === "yes" };
  });
}

/** The text of each page (`pdftotext`), in reading order. */
export function pdfPages(pdf: Uint8Array): string[] {
  return execFileSync("pdftotext", [file(pdf), "-"], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 }).split("\f").slice(0, -1);
}

/**
 * The written lines of each page of a handwritten letter, without spaces (per-glyph spacing makes
 * pdftotext see spaces inside words) and without the handwritten number atop continuation sheets.
 */
export function pdfLetterLines(pdf: Uint8Array): string[][] {
  return pdfPages(pdf).map((text, page) =>
    text
      .split("\n")
      .map(squeezed)
      .filter(Boolean)
      .filter((line, i) => !(page > 0 && i === 0 && line === String(page + 1))),
  );
}

/** A line without its spaces, for comparing a PDF's lines with the screen's. */
export const squeezed = (line: string) => line.replace(/\s+/g, "");
