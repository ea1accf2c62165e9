import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import { clientBossDb } from "./boss-db";
import { jobKinds, queueSettings, schedules, type JobKind } from "./job-kinds";
import { logQueueError } from "./job-queue";
import { runJobs } from "./run-jobs";

type Worker = { boss: PgBoss; ids: Map<JobKind, string> };
const globalForWorker = globalThis as unknown as { __bhlWorker?: Promise<Worker> };

/**
 * Takes jobs from every queue in this process, keeps the daily schedules, and does pg-boss's
 * upkeep (expiring lost jobs, archiving, deleting old ones). Safe to call twice. Any number of
 * processes may run one against Postgres; PGlite has exactly one process.
 */
export function startWorker(db: Db, pollingIntervalSeconds = Number(process.env.JOBS_POLL_SECONDS ?? 2)): Promise<Worker> {
  globalForWorker.__bhlWorker ??= (async () => {
    const boss = new PgBoss({ db: clientBossDb(db), supervise: true, schedule: true, migrate: false });
    boss.on("error", logQueueError);
    await boss.start();
    const ids = new Map<JobKind, string>();
    for (const kind of jobKinds) {
      const options = { batchSize: queueSettings[kind].batchSize, pollingIntervalSeconds };
      ids.set(kind, await boss.work<object>(kind, options, (jobs) => runJobs(boss, db, kind, jobs)));
    }
    for (const [kind, cron] of Object.entries(schedules)) await boss.schedule(kind, cron, {}, { tz: "UTC" });
    return { boss, ids };
  })();
  return globalForWorker.__bhlWorker;
}

/** Looks for jobs of this kind now instead of at the next poll (after sending work a person waits for). */
export function wakeWorker(kind: JobKind): void {
  void globalForWorker.__bhlWorker?.then(({ boss, ids }) => boss.notifyWorker(ids.get(kind)!));
}

/** Finishes the jobs in hand (up to `timeout` ms) and stops taking new ones. */
export async function stopWorker(timeout = 30_000): Promise<void> {
  const worker = globalForWorker.__bhlWorker;
  globalForWorker.__bhlWorker = undefined;
  if (worker) await (await worker).boss.stop({ graceful: true, close: false, timeout, wait: true });
}
