import type { DbOrTx } from "@/lib/db/client";
import { jobs } from "@/lib/db/schema";
import type { JobKind, JobPayload } from "./job-kinds";

/**
 * Adds a job to the Postgres-backed queue. Payloads carry ids only. With a dedupeKey, a second
 * unfinished job with the same key is not added (a partial unique index decides).
 */
export async function enqueueJob<K extends JobKind>(
  db: DbOrTx,
  kind: K,
  payload: JobPayload<K>,
  options: { runAt?: Date; dedupeKey?: string } = {},
): Promise<void> {
  await db
    .insert(jobs)
    .values({ kind, payload, runAt: options.runAt ?? new Date(), dedupeKey: options.dedupeKey ?? null })
    .onConflictDoNothing();
}
