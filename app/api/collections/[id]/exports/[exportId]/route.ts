import { requireActor } from "@/lib/auth/session";
import { getExportFile } from "@/lib/books/get-export-file";
import { getDb } from "@/lib/db/client";
import { AppError, httpStatus } from "@/lib/errors";

export const runtime = "nodejs";

/** Downloads a compiled book. Admins only; everyone else gets "not found". */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; exportId: string }> }) {
  try {
    const actor = await requireActor(["admin"]);
    const { id, exportId } = await params;
    const { stream, size, fileName } = await getExportFile(await getDb(), actor, id, exportId);
    return new Response(stream, {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(size),
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: httpStatus[error.code] });
    throw error;
  }
}
