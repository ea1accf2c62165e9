// Books: a collection taken from the database to print-ready interior and cover PDFs, beside a
// bare Typst compile of the same sources in the same run (alternated), for 1, 50, 150 and 300
// letters; and the peak memory of one export in a process of its own, as a worker would run it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { bookLetters, type BookInput } from "@/lib/books/book-input";
import { createCollection } from "@/lib/books/create-collection";
import { loadBookInput } from "@/lib/books/load-book-input";
import { typesetBook } from "@/lib/books/typeset-book";
import { coverData } from "@/lib/books/typeset-cover";
import { estimatePages, interiorData } from "@/lib/books/typeset-interior";
import { compileTypst, template } from "@/lib/books/typst-compiler";
import { closeDb, getDb, type Db } from "@/lib/db/client";
import { demoLetterText } from "@/lib/db/demo-letter-text";
import { migratePostgres } from "@/lib/db/migrate";
import { collections, consents } from "@/lib/db/schema";
import { createOrderThrough, createRecipient, createUser, exampleBrief } from "@/lib/db/seed";
import { ms, paired, verdict, type Suite } from "../lib";

const SIZES = [1, 50, 150, 300];
/** The goals are set for the 150-letter book (~92,000 words); the other sizes are reported. */
const GOAL_SIZE = 150;
const RATIO_GOAL = 1.2;
const MEMORY_GOAL_MB = 450;
const OCCASIONS = ["birthday", "thanks", "love", "anniversary", "condolence", "congratulations"] as const;
const NAMES = ["Margaret Bennett", "Ana María Castillo", "Tom Okoye", "Sam Whitfield", "Łukasz Nowak", "Zoë Hart", "Grace Liu", "Henry Adeyemi"];

function databaseUrl(): string {
  return process.env.BENCH_BOOKS_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/bhl_bench_books";
}

/** A fresh database with 300 approved, consented letters of about 610 words, made through the order state machine. */
async function seed(url: string): Promise<{ db: Db; collectionIds: Map<number, string> }> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  await migratePostgres(url);
  process.env.DATABASE_URL = url;
  const db = await getDb();

  const role = (r: "client" | "writer" | "editor" | "admin") => createUser(db, { email: `${r}@bench.example`, name: `Bench ${r}`, role: r });
  const people = { client: await role("client"), writer: await role("writer"), editor: await role("editor"), admin: await role("admin") };
  const recipients = [];
  for (const recipientName of NAMES) recipients.push(await createRecipient(db, people.client, { name: recipientName, relationship: "Friend", country: "GB" }));

  const orderIds: string[] = [];
  for (let i = 0; i < Math.max(...SIZES); i++) {
    const recipient = recipients[i % recipients.length];
    const text = demoLetterText(`book-bench-${i}`, recipient.name.split(" ")[0], "Clara");
    const brief = exampleBrief(recipient.id, { occasion: OCCASIONS[i % OCCASIONS.length] });
    const steps = ["pay", "claim", { save: text }, "submit_for_review", "send_to_client", "approve"] as const;
    const order = await createOrderThrough(db, people, brief, steps);
    await db.insert(consents).values({ orderId: order.id, clientId: people.client.id });
    orderIds.push(order.id);
  }

  const collectionIds = new Map<number, string>();
  for (const size of SIZES) {
    const collection = await createCollection(db, people.admin, { title: "Letters from Your Life", subtitle: `${size} letters`, orderIds: orderIds.slice(0, size) });
    const blurb = "Letters written by hand for the people who matter most: birthdays, thanks, love and farewells, collected with their writers' consent.";
    // One letter alone is far under a paperback's 24 pages: a foreword makes it a book a printer takes.
    const foreword = size === 1 ? demoLetterText("foreword", "reader", "Ada", 9000) : "";
    await db.update(collections).set({ blurb, foreword }).where(eq(collections.id, collection.id));
    collectionIds.set(size, collection.id);
  }
  return { db, collectionIds };
}

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
  const url = databaseUrl();
  const started = Date.now();
  const { db, collectionIds } = await seed(url);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const rows: string[] = [];
  let goalMet = false;
  for (const size of SIZES) {
    const id = collectionIds.get(size)!;
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
tsx included). Seeding 300 orders through the state machine took ${seconds} s (not measured).

| letters | words | pages | bare Typst | database → PDFs | ratio (goal ≤ ${RATIO_GOAL}× at ${GOAL_SIZE}) | peak memory (goal ≤ ${MEMORY_GOAL_MB} MB at ${GOAL_SIZE}) | goals |
|---|---|---|---|---|---|---|---|
${rows.join("\n")}

Goals (${GOAL_SIZE} letters): ${verdict(goalMet)}.`;
}

export default { title: "Books: collection to print-ready PDFs", run } satisfies Suite;
