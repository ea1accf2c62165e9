import { requireActor } from "@/lib/auth/session";
import { everyRole } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { AppError, httpStatus } from "@/lib/errors";
import { getLetterPages } from "@/lib/handwriting/letter-view";

export const runtime = "nodejs";

/** A letter version's handwritten pages as the screens show them (see letterView). */
export async function GET(request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  try {
    const actor = await requireActor(everyRole);
    const token = new URL(request.url).searchParams.get("token") ?? "";
    const pages = await getLetterPages(await getDb(), actor, (await params).versionId, token);
    // The URL names the text and look (?look=) and the person: the same URL always shows the same pages.
    return Response.json(pages, { headers: { "Cache-Control": "private, max-age=3600" } });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: httpStatus[error.code] });
    throw error;
  }
}
