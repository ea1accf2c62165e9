import { and, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { exports, type ExportFileKind, type ExportFiles } from "@/lib/db/schema";
import { fileStore } from "@/lib/files/file-store";
import { loadBookInput } from "./load-book-input";
import { runHeavyWork } from "@/lib/pool/heavy-work-pool";
import { BookRefused } from "./typeset-book";

const isCancelled = async (db: DbOrTx, exportId: string) =>
  (await db.select({ status: exports.status }).from(exports).where(eq(exports.id, exportId)))[0]?.status === "cancelled";

/**
 * Compiles one export of a collection: the interior and cover PDFs and the EPUB, stored as
 * files, with the preflight read from them. It takes only ids and is idempotent, as a queued job must be: a finished
 * export whose files exist is left alone, a cancelled one is not started, and a rerun after a crash
 * starts over. The collection's previous export stays downloadable until this one is complete, and
 * its files are removed only then.
 */
export async function compileExport(db: DbOrTx, exportId: string): Promise<void> {
  const [job] = await db.select().from(exports).where(eq(exports.id, exportId));
  if (!job || job.status === "cancelled") return;
  if (job.status === "done" && job.files && (await allStored(job.files))) return;
  await db.update(exports).set({ status: "running", progress: 5, error: null, startedAt: new Date() }).where(eq(exports.id, exportId));
  try {
    const { book } = await loadBookInput(db, job.collectionId);
    await db.update(exports).set({ progress: 10 }).where(eq(exports.id, exportId));
    // Typst holds a core for seconds: it runs in the worker-thread pool, never on the server's thread.
    const outcome = await runHeavyWork("typesetBook", book);
    if ("refused" in outcome) throw new BookRefused(outcome.refused.message, outcome.refused.preflight);
    const result = outcome.book;
    if (await isCancelled(db, exportId)) return;
    const files: ExportFiles = {};
    for (const kind of ["interior", "cover", "epub"] as const satisfies ExportFileKind[]) {
      const bytes = result[kind];
      const key = `exports/${exportId}/${kind}.${kind === "epub" ? "epub" : "pdf"}`;
      await fileStore().put(key, bytes);
      files[kind] = { key, bytes: bytes.byteLength };
    }
    const [finished] = await db
      .update(exports)
      .set({ status: "done", progress: 100, pageCount: result.preflight.pages, preflight: result.preflight, files, finishedAt: new Date() })
      .where(and(eq(exports.id, exportId), ne(exports.status, "cancelled")))
      .returning({ id: exports.id });
    if (!finished) return void (await removeFiles(files));
    await retireOlderExports(db, job.collectionId, exportId);
  } catch (error) {
    // A refusal is the admin's to read (letter titles and characters, never letter text); anything
    // else is logged by name only and shown as a general message.
    const refused = error instanceof BookRefused;
    if (!refused) console.error("book compile failed", exportId, error instanceof Error ? error.name : "unknown");
    await db
      .update(exports)
      .set({
        status: "failed",
        error: refused ? error.message : "The book could not be compiled. Please try again.",
        preflight: refused ? error.preflight : null,
        finishedAt: new Date(),
      })
      .where(and(eq(exports.id, exportId), ne(exports.status, "cancelled")));
  }
}

async function allStored(files: ExportFiles): Promise<boolean> {
  const stored = await Promise.all(Object.values(files).map((f) => fileStore().exists(f.key)));
  return stored.length > 0 && stored.every(Boolean);
}

async function removeFiles(files: ExportFiles | null) {
  for (const file of Object.values(files ?? {})) await fileStore().delete(file.key);
}

/** Earlier finished exports of the collection give up their files once a newer one is complete. */
async function retireOlderExports(db: DbOrTx, collectionId: string, newestId: string) {
  const older = await db
    .select({ id: exports.id, files: exports.files })
    .from(exports)
    .where(and(eq(exports.collectionId, collectionId), eq(exports.status, "done"), ne(exports.id, newestId)));
  for (const row of older) {
    if (!row.files) continue;
    await removeFiles(row.files);
    await db.update(exports).set({ files: null }).where(eq(exports.id, row.id));
  }
}
