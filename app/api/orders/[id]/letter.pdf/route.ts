import { limitCostlyWork } from "@/lib/auth/limit-costly-work";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { AppError, errorResponse } from "@/lib/errors";
import { getLetterForDownload } from "@/lib/handwriting/get-letter-for-download";
import { undrawableCharacters } from "@/lib/handwriting/hands";
import { letterPdfFile } from "@/lib/handwriting/rendered-letters";

export const runtime = "nodejs";

/** The letter in handwriting as a PDF download. Not allowed answers exactly like not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireActor(["client", "editor", "admin", "writer"]);
    const { id } = await params;
    const { letter, fileName } = await getLetterForDownload(await getDb(), actor, id);
    // Rendering (in the worker-thread pool, the first time) is costly: limited per person.
    await limitCostlyWork(actor, "render");
    const { stream, size } = await letterPdfFile(letter);
    return new Response(stream, {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(size),
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
        // Characters no handwriting font could draw (they print as empty boxes; every screen warns).
        "X-Missing-Characters": String(undrawableCharacters(letter.style, letter.body).length),
      },
    });
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error, "text");
    throw error;
  }
}
