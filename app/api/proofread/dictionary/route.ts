import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { addToDictionary } from "@/lib/proofread/add-to-dictionary";
import { jsonErrorResponse } from "@/lib/ai/json-error-response";

export const runtime = "nodejs";

const bodySchema = z.strictObject({ word: z.string() });

/** Adds a word to the signed-in person's own dictionary. */
export async function POST(request: Request) {
  try {
    const actor = await requireActor(["writer", "editor", "admin"]);
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return Response.json({ error: "Give a word to add." }, { status: 400 });
    return Response.json({ word: await addToDictionary(await getDb(), actor, parsed.data.word) });
  } catch (error) {
    return jsonErrorResponse(error);
  }
}
