import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { AppError, errorResponse } from "@/lib/errors";
import { storedFileResponse } from "@/lib/files/stored-file-response";
import { getPrintBatchFile } from "@/lib/print-batches/get-print-batch-file";

export const runtime = "nodejs";

/**
 * A print batch as one PDF (batch sheet, letters, envelopes), streamed from the file its background
 * job stored; 409 while it is still being made. Admins only; everyone else gets "not found".
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireActor(["admin"]);
    const { fileName, ...file } = await getPrintBatchFile(await getDb(), actor, (await params).id);
    return storedFileResponse(file, { contentType: "application/pdf", fileName });
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error, "text");
    throw error;
  }
}
