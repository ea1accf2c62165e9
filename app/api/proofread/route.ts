import { z } from "zod";
import { limitCostlyWork } from "@/lib/auth/limit-costly-work";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { MAX_LETTER_CHARS } from "@/lib/letters/save-version";
import { checkOrderLetter } from "@/lib/proofread/check-order-letter";
import { jsonErrorResponse } from "@/lib/ai/json-error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// `quick`: the workspace's automatic check after each save, which leaves out the (paid, slower) AI pass.
const bodySchema = z.strictObject({ orderId: z.uuid(), text: z.string().max(MAX_LETTER_CHARS), quick: z.boolean().optional() });

/** Proofreading suggestions (minus dismissed ones) and the fact check for the order's letter. */
export async function POST(request: Request) {
  try {
    const actor = await requireActor(["writer", "editor", "admin"]);
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return Response.json({ error: "Send the order and the letter's text." }, { status: 400 });
    await limitCostlyWork(actor, "proofread");
    return Response.json(await checkOrderLetter(await getDb(), actor, parsed.data.orderId, parsed.data.text, { ai: !parsed.data.quick }));
  } catch (error) {
    return jsonErrorResponse(error);
  }
}
