// Books: a collection taken from the database to print-ready interior and cover PDFs, beside a
// bare Typst compile of the same sources in the same run (alternated), for 1, 50, 150 and 300
// letters; and the peak memory of one export in a process of its own, as a worker would run it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { bookLetters, type BookInput } from "@/lib/books/book-input";
import { loadBookInput } from "@/lib/books/load-book-input";
import { typesetBook } from "@/lib/books/typeset-book";
import { coverData } from "@/lib/books/typeset-cover";
import { estimatePages, interiorData } from "@/lib/books/typeset-interior";
import { compileTypst, template } from "@/lib/books/typst-compiler";
import { closeDb } from "@/lib/db/client";
import { bookDatabaseUrl, seedBookDatabase } from "../book-data";
import { ms, paired, verdict, type Suite } from "../lib";

/** The goals are set for the 150-letter book (~92,000 words); the other sizes are reported. */
const GOAL_SIZE = 150;
const RATIO_GOAL = 1.2;
const MEMORY_GOAL_MB = 450;

/** The same Typst sources the export compiles, compiled with nothing around them. */
function bareCompile(book: BookInput) {
  const pages = estimatePages(book);
  compileTypst(template("interior.typ"), { "/book.json": JSON.stringify(interiorData(book, pages)) });
  compileTypst(template("cover.typ"), { "/cover.json": JSON.stringify(coverData(book, pages)) });
}

/** Peak resident memory of one export from the database, in a fresh process (what a worker holds). */
function peakMemory(url: string, collectionId: string): { peakMb: number; pages: number } {
  const script = path.join(import.meta.dirname, "..", "book-peak-memory.ts");
  const child = spawnSync(process.execPath, ["--import", "tsx", script, collectionId], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`book-peak-memory failed: ${child.stderr.slice(-2000)}`);
  return JSON.parse(child.stdout.trim().split("\n").pop()!);
}

async function run(): Promise<string> {
  const url = bookDatabaseUrl();
  const started = Date.now();
  const { db, collectionIds } = await seedBookDatabase(url);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const rows: string[] = [];
  let goalMet = false;
  for (const [size, id] of collectionIds) {
    const { book } = await loadBookInput(db, id);
    const words = bookLetters(book).reduce((sum, l) => sum + l.text.split(/\s+/).filter(Boolean).length, 0);
    const runs = size >= 150 ? 3 : 5;
    const timing = await paired(
      () => bareCompile(book),
      async () => typesetBook((await loadBookInput(db, id)).book),
      runs,
    );
    const memory = peakMemory(url, id);
    const met = timing.ratio <= RATIO_GOAL && memory.peakMb <= MEMORY_GOAL_MB;
    if (size === GOAL_SIZE) goalMet = met;
    rows.push(
      `| ${size} | ${words.toLocaleString("en")} | ${memory.pages} | ${ms(timing.baselineMs)} | ${ms(timing.subjectMs)} | ${timing.ratio.toFixed(2)}× | ${memory.peakMb.toFixed(0)} MB | ${size === GOAL_SIZE ? verdict(met) : "(reported)"} |`,
    );
    console.log(rows.at(-1));
  }
  await closeDb();
  return `A collection from PostgreSQL to print-ready files (\`loadBookInput\` + \`typesetBook\`: interior and cover
typeset with Typst, print boxes set with pdf-lib, fonts and boxes read back for the preflight), beside a bare
Typst compile of the same two sources (interior and cover JSON, no database, no post-processing), alternated,
medians of ${"3–5"} pairs after a warm-up of each. Letters of about 610 words each (the 150-letter book is the
issue's ~92,000 words), 6 × 9 in; the 1-letter book has a 9,000-word foreword so that it reaches 24 pages.
Peak memory is the resident set of a fresh Node process that loads and typesets the book once (Node and
tsx included). Seeding 300 orders (ten clients) through the state machine took ${seconds} s (not measured).

| letters | words | pages | bare Typst | database → PDFs | ratio (goal ≤ ${RATIO_GOAL}× at ${GOAL_SIZE}) | peak memory (goal ≤ ${MEMORY_GOAL_MB} MB at ${GOAL_SIZE}) | goals |
|---|---|---|---|---|---|---|---|
${rows.join("\n")}

Goals (${GOAL_SIZE} letters): ${verdict(goalMet)}.`;
}

export default { title: "Books: collection to print-ready PDFs", run } satisfies Suite;
