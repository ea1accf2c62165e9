import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { AppError, errorResponse } from "@/lib/errors";
import { getLetterForDownload } from "@/lib/handwriting/get-letter-for-download";
import { letterThumbnailResponse } from "@/lib/handwriting/letter-thumbnail-response";

export const runtime = "nodejs";

/**
 * The first page of the letter as a PNG thumbnail, for lists. The same check as the PDF, except that a
 * client sees it as soon as the letter is theirs to read. Not allowed answers exactly like not found.
 * Not rate-limited like the PDF: a list asks for many at once, and each version is drawn only once.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireActor(["client", "editor", "admin", "writer"]);
    const { letter } = await getLetterForDownload(await getDb(), actor, (await params).id, "first page");
    return await letterThumbnailResponse(letter);
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error, "text");
    throw error;
  }
}
