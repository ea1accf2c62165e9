import { sql } from "drizzle-orm";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";

// Never cached: it answers for this instance and its database, now.
export const dynamic = "force-dynamic";

/**
 * Liveness for a load balancer, and the page benchmark's bare route: one indexed query and
 * nothing else (the signed-in person's row, as every page reads it; `select 1` for a stranger).
 * It says nothing about anyone.
 */
export async function GET() {
  const actor = await getActor();
  if (!actor) await (await getDb()).execute(sql`select 1`);
  return Response.json({ ok: true, signedIn: Boolean(actor) }, { headers: { "Cache-Control": "no-store" } });
}
