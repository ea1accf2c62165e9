import { randomUUID } from "node:crypto";
import { mkdir, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems, collections, exports, orders } from "@/lib/db/schema";
import { filesDir } from "@/lib/files/files-dir";
import { latestBodies } from "./latest-bodies";
import { publishableWhere } from "./publishable-where";
import { typesetBook } from "./typeset-book";

/**
 * Compiles one export of a collection into a book PDF under the files folder. It takes only ids
 * and is idempotent, as a queued job must be: a finished export whose file exists is left alone, and
 * a rerun rewrites the same file. Letters whose consent was withdrawn since they were added are left out.
 */
export async function compileExport(db: DbOrTx, exportId: string): Promise<void> {
  const [job] = await db.select().from(exports).where(eq(exports.id, exportId));
  if (!job) return;
  if (job.status === "done" && job.filePath && (await exists(path.join(filesDir(), job.filePath)))) return;
  await db.update(exports).set({ status: "running", progress: 0, error: null }).where(eq(exports.id, exportId));
  try {
    const [collection] = await db.select().from(collections).where(eq(collections.id, job.collectionId));
    const items = await db
      .select({ orderId: collectionItems.orderId, title: collectionItems.title, redactedText: collectionItems.redactedText })
      .from(collectionItems)
      .innerJoin(orders, eq(orders.id, collectionItems.orderId))
      .where(and(eq(collectionItems.collectionId, job.collectionId), publishableWhere()))
      .orderBy(asc(collectionItems.position));
    const bodies = await latestBodies(db, items.filter((i) => i.redactedText === null).map((i) => i.orderId));
    const chapters = items.map((i) => ({ title: i.title, text: i.redactedText ?? bodies.get(i.orderId) ?? "" }));
    let reported = 0;
    const book = await typesetBook({ title: collection.title, subtitle: collection.subtitle, chapters }, async (done, total) => {
      // Typesetting is most of the work; writing the file is the last 10%.
      const progress = Math.floor((done / total) * 90);
      if (progress - reported >= 10) {
        reported = progress;
        await db.update(exports).set({ progress }).where(eq(exports.id, exportId));
      }
    });
    const filePath = path.join("exports", `${exportId}.pdf`);
    const target = path.join(filesDir(), filePath);
    await mkdir(path.dirname(target), { recursive: true });
    // Write then rename, so a download never sees half a file (and two retries never share one).
    const part = `${target}.${randomUUID()}.part`;
    await writeFile(part, book.pdf);
    await rename(part, target);
    await db
      .update(exports)
      .set({ status: "done", progress: 100, pageCount: book.pages, filePath, finishedAt: new Date() })
      .where(eq(exports.id, exportId));
  } catch (error) {
    // The error text is shown to admins: a general message, never letter text.
    console.error("book compile failed", exportId, error instanceof Error ? error.name : "unknown");
    await db
      .update(exports)
      .set({ status: "failed", error: "The book could not be compiled. Please try again.", finishedAt: new Date() })
      .where(eq(exports.id, exportId));
  }
}

const exists = (file: string) => stat(file).then(() => true, () => false);
