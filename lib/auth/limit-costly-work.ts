import { getDb, type Db } from "@/lib/db/client";
import type { Actor } from "./permissions";
import { consumeLimit } from "./rate-limit";

export type CostlyWork = "proofread" | "ai" | "render";

/**
 * Call before CPU- or money-heavy work a person asks for (proofreading, rendering, the AI
 * assistant): counts it per person across every instance, and past the limit throws a
 * RATE_LIMITED AppError (HTTP 429) that says when to try again.
 */
export async function limitCostlyWork(actor: Actor, work: CostlyWork, db?: Db): Promise<void> {
  await consumeLimit(db ?? (await getDb()), work, actor.id);
}
