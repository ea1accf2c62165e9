import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collections, exports, type ExportFileKind } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { fileStore } from "@/lib/files/file-store";

const kinds: Record<ExportFileKind, { suffix: string; contentType: string }> = {
  interior: { suffix: "-interior.pdf", contentType: "application/pdf" },
  cover: { suffix: "-cover.pdf", contentType: "application/pdf" },
  epub: { suffix: ".epub", contentType: "application/epub+zip" },
};

/** One file of a finished export as a stream, for admins only; anything else is "not found". */
export async function getExportFile(db: DbOrTx, actor: Actor, collectionId: string, exportId: string, kind: string) {
  const ids = z.uuid();
  if (!can(actor, "collection.manage") || !ids.safeParse(collectionId).success || !ids.safeParse(exportId).success || !(kind in kinds)) {
    throw notFound("That book");
  }
  const [row] = await db
    .select({ files: exports.files, status: exports.status, title: collections.title })
    .from(exports)
    .innerJoin(collections, eq(collections.id, exports.collectionId))
    .where(and(eq(exports.id, exportId), eq(exports.collectionId, collectionId)));
  const file = row?.status === "done" ? row.files?.[kind as ExportFileKind] : undefined;
  const stored = file && (await fileStore().stream(file.key));
  if (!row || !stored) throw notFound("That book");
  const slug = row.title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  const { suffix, contentType } = kinds[kind as ExportFileKind];
  return { ...stored, contentType, fileName: `${slug || "book"}${suffix}` };
}
