import { eq } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { printBatches } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { fileStore } from "@/lib/files/file-store";

/** A batch's stored PDF, for download (admins only; everyone else gets "not found"). */
export async function getPrintBatchFile(db: DbOrTx, actor: Actor, batchId: string) {
  if (!can(actor, "order.fulfil") || !z.uuid().safeParse(batchId).success) throw notFound("That batch");
  const [batch] = await db.select().from(printBatches).where(eq(printBatches.id, batchId));
  if (!batch) throw notFound("That batch");
  const stored = batch.pdfStatus === "done" && batch.pdfFile ? await fileStore().stream(batch.pdfFile.key) : null;
  if (!stored) throw new AppError("CONFLICT", "The batch PDF is not ready yet.");
  return { ...stored, fileName: `print-batch-${batch.number}.pdf` };
}
