import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { dismissSuggestion } from "@/lib/proofread/dismiss-suggestion";
import { jsonErrorResponse } from "@/lib/ai/json-error-response";

export const runtime = "nodejs";

const bodySchema = z.strictObject({ orderId: z.uuid(), key: z.string().min(1).max(200) });

/** Dismisses one suggestion on the order's letter for good. */
export async function POST(request: Request) {
  try {
    const actor = await requireActor(["writer", "editor", "admin"]);
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return Response.json({ error: "That suggestion could not be dismissed." }, { status: 400 });
    await dismissSuggestion(await getDb(), actor, parsed.data.orderId, parsed.data.key);
    return Response.json({ ok: true });
  } catch (error) {
    return jsonErrorResponse(error);
  }
}
