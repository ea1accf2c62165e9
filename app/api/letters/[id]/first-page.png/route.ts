import { getDb } from "@/lib/db/client";
import { AppError, errorResponse } from "@/lib/errors";
import { getLetterForDownload } from "@/lib/handwriting/get-letter-for-download";
import { letterThumbnailResponse } from "@/lib/handwriting/letter-thumbnail-response";
import { verifyLetterLink } from "@/lib/handwriting/signed-letter-link";

export const runtime = "nodejs";

/**
 * The first page of the letter as a PNG, by the link in the client's emails (?token=, signed for this
 * order and this picture, expiring): an email client shows it without a sign-in. A wrong, foreign or
 * expired token answers exactly like not found.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const token = new URL(request.url).searchParams.get("token") ?? "";
    if (!verifyLetterLink(id, token, new Date(), "first page")) throw new AppError("NOT_FOUND", "That letter could not be found.");
    const { letter } = await getLetterForDownload(await getDb(), "signed link", id, "first page");
    return await letterThumbnailResponse(letter);
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error, "text");
    throw error;
  }
}
