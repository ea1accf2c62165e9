import { requireActor } from "@/lib/auth/session";
import { getExportFile } from "@/lib/books/get-export-file";
import { getDb } from "@/lib/db/client";
import { AppError, errorResponse } from "@/lib/errors";

export const runtime = "nodejs";

/** Downloads one file of a compiled book (interior, cover or EPUB). Admins only; everyone else gets "not found". */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; exportId: string; kind: string }> }) {
  try {
    const actor = await requireActor(["admin"]);
    const { id, exportId, kind } = await params;
    const { stream, size, fileName, contentType } = await getExportFile(await getDb(), actor, id, exportId, kind);
    return new Response(stream, {
      headers: {
        "Content-Type": contentType,
        "Content-Length": String(size),
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error, "text");
    throw error;
  }
}
