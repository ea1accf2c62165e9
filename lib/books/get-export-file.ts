import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collections, exports } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { filesDir } from "@/lib/files/files-dir";

/** A finished book PDF of a collection as a stream, for admins only; anything else is "not found". */
export async function getExportFile(db: DbOrTx, actor: Actor, collectionId: string, exportId: string) {
  const ids = z.uuid();
  if (!can(actor, "collection.manage") || !ids.safeParse(collectionId).success || !ids.safeParse(exportId).success) {
    throw notFound("That book");
  }
  const [row] = await db
    .select({ filePath: exports.filePath, status: exports.status, title: collections.title })
    .from(exports)
    .innerJoin(collections, eq(collections.id, exports.collectionId))
    .where(and(eq(exports.id, exportId), eq(exports.collectionId, collectionId)));
  if (!row || row.status !== "done" || !row.filePath) throw notFound("That book");
  const root = filesDir();
  const file = path.resolve(root, row.filePath);
  // The stored path is ours, but a path that leaves the files folder is never served.
  if (!file.startsWith(root + path.sep)) throw notFound("That book");
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw notFound("That book");
  const slug = row.title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return {
    stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
    size: info.size,
    fileName: `${slug || "book"}.pdf`,
  };
}
