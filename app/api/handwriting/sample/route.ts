import { requireActor } from "@/lib/auth/session";
import { jsonErrorResponse } from "@/lib/ai/json-error-response";
import { renderSample, sampleSchema } from "@/lib/handwriting/render-sample";

export const runtime = "nodejs";

/** The brief's live sample as the engine's SVG pages, with the characters no hand can write. */
export async function POST(request: Request) {
  try {
    await requireActor(["client", "writer", "editor", "admin"]);
    const parsed = sampleSchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return Response.json({ error: "That sample could not be drawn." }, { status: 400 });
    return Response.json(await renderSample(parsed.data));
  } catch (error) {
    return jsonErrorResponse(error);
  }
}
