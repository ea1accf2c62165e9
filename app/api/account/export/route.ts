import { jsonErrorResponse } from "@/lib/ai/json-error-response";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { exportClientData } from "@/lib/privacy/export-client-data";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Everything we hold about the signed-in client, as a JSON file to keep. */
export async function GET() {
  try {
    const actor = await requireActor(["client"]);
    const data = await exportClientData(await getDb(), actor);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="my-letters-${new Date().toISOString().slice(0, 10)}.json"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return jsonErrorResponse(error);
  }
}
