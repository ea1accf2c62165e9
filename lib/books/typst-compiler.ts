import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { bookFontBlobs } from "./book-fonts";

const WORKSPACE = "/bhl-typst-book";
let compiler: NodeCompiler | undefined;

/**
 * Typst reads the machine's fonts through fontconfig unless told otherwise, and a printer's file
 * must hold only the book's own fonts: point fontconfig at an empty folder before the compiler
 * starts. (Templates also set `fallback: false`, so a system font could never be chosen anyway.)
 */
function hideSystemFonts() {
  const dir = path.join(os.tmpdir(), "bhl-typst-no-fonts");
  mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, "fonts.conf");
  writeFileSync(conf, `<?xml version="1.0"?>\n<fontconfig><dir>${dir}</dir></fontconfig>\n`);
  process.env.FONTCONFIG_FILE = conf;
}

function typst(): NodeCompiler {
  if (!compiler) {
    hideSystemFonts();
    // The workspace is a folder that does not exist: every file a template reads is mapped in memory.
    compiler = NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs: bookFontBlobs() }] });
  }
  return compiler;
}

const templates = new Map<string, string>();
/** A Typst template from lib/books/typst, read once. */
export function template(name: string): string {
  let source = templates.get(name);
  if (source === undefined) {
    source = readFileSync(path.join(process.cwd(), "lib", "books", "typst", name), "utf8");
    templates.set(name, source);
  }
  return source;
}

export class TypstError extends Error {
  name = "TypstError";
}

/**
 * Compiles a template to PDF with its data as virtual files (`/book.json`, images): the text of the
 * letters reaches Typst only as data, never as markup. One compiler per thread keeps the parsed
 * fonts; its memo cache is trimmed after each book so a long-lived worker does not grow.
 */
export function compileTypst(main: string, files: Record<string, Buffer | string>): { pdf: Buffer; pages: number } {
  const c = typst();
  c.resetShadow();
  for (const [file, content] of Object.entries(files)) c.mapShadow(WORKSPACE + file, typeof content === "string" ? Buffer.from(content) : content);
  try {
    const result = c.compile({ mainFileContent: main });
    const doc = result.result;
    if (process.env.TYPST_DEBUG) result.printDiagnostics();
    if (result.hasError() || !doc) {
      const diagnostics = result.takeDiagnostics()?.shortDiagnostics ?? [];
      // Diagnostics point into our templates; they carry no letter text.
      throw new TypstError(`Typst could not typeset the book: ${JSON.stringify(diagnostics).slice(0, 800)}`);
    }
    return { pdf: c.pdf(doc, { pdfTags: false }), pages: doc.numOfPages };
  } finally {
    c.resetShadow();
    c.evictCache(0);
  }
}
