import { getDb } from "@/lib/db/client";
import { requireActor } from "@/lib/auth/session";
import { AppError, httpStatus } from "@/lib/errors";
import { getLetterForDownload } from "@/lib/handwriting/get-letter-for-download";
import { renderLetterPdf } from "@/lib/handwriting/render-letter-pdf";

export const runtime = "nodejs";

/** The letter in handwriting as a PDF download. Not allowed answers exactly like not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireActor(["client", "editor", "admin", "writer"]);
    const { id } = await params;
    const { letter, fileName } = await getLetterForDownload(await getDb(), actor, id);
    const rendered = await renderLetterPdf(letter);
    return new Response(new Uint8Array(rendered.pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
        // Characters no handwriting font could draw, so the screen that links here can warn about them.
        "X-Missing-Characters": String(rendered.missingCharacters.length),
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: httpStatus[error.code] });
    throw error;
  }
}
