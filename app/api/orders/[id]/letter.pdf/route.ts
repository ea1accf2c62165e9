import { limitCostlyWork } from "@/lib/auth/limit-costly-work";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { AppError, errorResponse } from "@/lib/errors";
import { getLetterForDownload } from "@/lib/handwriting/get-letter-for-download";
import { letterPdfResponse } from "@/lib/handwriting/letter-pdf-response";

export const runtime = "nodejs";

/** The letter in handwriting as a PDF download. Not allowed answers exactly like not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireActor(["client", "editor", "admin", "writer"]);
    const { id } = await params;
    const { letter, fileName } = await getLetterForDownload(await getDb(), actor, id);
    // Rendering (in the worker-thread pool, the first time) is costly: limited per person.
    await limitCostlyWork(actor, "render");
    return await letterPdfResponse(letter, fileName);
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error, "text");
    throw error;
  }
}
