import type { DbOrTx } from "@/lib/db/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { todayIso } from "./today-iso";

/**
 * Makes sure the day's "recurring.prepare" run is queued (once per day, by its dedupe key). The
 * worker calls it at start; each run queues the next day's, so the chain keeps itself going.
 */
export async function ensureDailyJob(db: DbOrTx, day = new Date()): Promise<void> {
  const date = todayIso(day);
  const startOfDay = new Date(`${date}T00:00:00Z`);
  await enqueueJob(db, "recurring.prepare", {}, { runAt: startOfDay, dedupeKey: `recurring.prepare:${date}` });
}
