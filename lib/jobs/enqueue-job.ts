import { getDb, type DbOrTx } from "@/lib/db/client";
import { transactionBossDb } from "./boss-db";
import { queueSettings, type JobKind, type JobPayload } from "./job-kinds";
import { jobQueue } from "./job-queue";

/**
 * Sends a job through the caller's transaction (or handle), so it exists exactly when the change
 * that causes it commits. Payloads carry ids only. Returns the job's id, or null when the queue
 * already holds the same job (its singleton key, see queueSettings).
 */
export async function enqueueJob<K extends JobKind>(
  db: DbOrTx,
  kind: K,
  payload: JobPayload<K>,
  options: { startAfter?: Date } = {},
): Promise<string | null> {
  const singletonKey = queueSettings[kind].singletonKey?.(payload);
  return jobQueue(await getDb()).send(kind, payload, { ...options, singletonKey, db: transactionBossDb(db) });
}
