// Run by the books benchmark in a process of its own: loads one collection from DATABASE_URL,
// typesets it once, and prints the process's peak resident memory, so the figure is one export's.
import { loadBookInput } from "@/lib/books/load-book-input";
import { typesetBook } from "@/lib/books/typeset-book";
import { closeDb, getDb } from "@/lib/db/client";

const collectionId = process.argv[2];
const db = await getDb();
const { book } = await loadBookInput(db, collectionId);
const { preflight } = await typesetBook(book);
await closeDb();
// maxRSS is in kilobytes.
console.log(JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024, pages: preflight.pages }));
