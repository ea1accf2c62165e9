import { getComposeContext } from "@/lib/ai/get-compose-context";
import { compose } from "@/lib/ai/compose";
import { composeBodySchema } from "@/lib/ai/compose-body-schema";
import { composerLabels } from "@/lib/ai/compose-types";
import { compositionResponse } from "@/lib/ai/composition-response";
import { jsonErrorResponse } from "@/lib/ai/json-error-response";
import { limitCostlyWork } from "@/lib/auth/limit-costly-work";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { serviceModes } from "@/lib/env";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const ROLES = ["writer", "editor", "admin"] as const;

/** Which composer answers, so the panel can say so before the first request. */
export async function GET() {
  try {
    await requireActor(ROLES);
    const composer = serviceModes().ai;
    return Response.json({ composer, label: composerLabels[composer] });
  } catch (error) {
    return jsonErrorResponse(error);
  }
}

/** Drafts, rewrites or continues the order's letter, streamed as plain text. */
export async function POST(request: Request) {
  try {
    const actor = await requireActor(ROLES);
    const parsed = composeBodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid request." }, { status: 400 });
    await limitCostlyWork(actor, "ai");
    const context = await getComposeContext(await getDb(), actor, parsed.data.orderId);
    const abort = new AbortController();
    request.signal.addEventListener("abort", () => abort.abort(), { once: true });
    return await compositionResponse(compose(context, parsed.data.request, { signal: abort.signal }), abort);
  } catch (error) {
    return jsonErrorResponse(error);
  }
}
