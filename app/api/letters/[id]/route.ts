import { getDb } from "@/lib/db/client";
import { AppError, errorResponse } from "@/lib/errors";
import { getLetterForDownload } from "@/lib/handwriting/get-letter-for-download";
import { letterPdfResponse } from "@/lib/handwriting/letter-pdf-response";
import { verifyLetterLink } from "@/lib/handwriting/signed-letter-link";

export const runtime = "nodejs";

/**
 * A delivered letter's PDF by the emailed link (?token=, signed for this order, expiring): no
 * sign-in needed. A wrong, foreign or expired token answers exactly like not found.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const token = new URL(request.url).searchParams.get("token") ?? "";
    if (!verifyLetterLink(id, token)) throw new AppError("NOT_FOUND", "That letter could not be found.");
    const { letter, fileName } = await getLetterForDownload(await getDb(), "signed link", id);
    return await letterPdfResponse(letter, fileName);
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error, "text");
    throw error;
  }
}
