import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { AppError, errorResponse } from "@/lib/errors";
import { printBatchPdf } from "@/lib/print-batches/print-batch-pdf";

export const runtime = "nodejs";

/** A print batch as one PDF: batch sheet, letters, envelopes. Admins only; everyone else gets "not found". */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireActor(["admin"]);
    const { pdf, fileName } = await printBatchPdf(await getDb(), actor, (await params).id);
    return new Response(new Uint8Array(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error, "text");
    throw error;
  }
}
