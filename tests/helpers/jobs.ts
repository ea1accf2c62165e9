// Runs what is queued now, the way a worker would, without waiting for a poll.
import type { Db } from "@/lib/db/client";
import { jobKinds, type JobKind } from "@/lib/jobs/job-kinds";
import { jobQueue } from "@/lib/jobs/job-queue";
import { runJobs } from "@/lib/jobs/run-jobs";

/** Fetches and runs every job that is due, queue by queue, until none is left; returns how many ran. */
export async function runQueuedJobs(db: Db, kinds: readonly JobKind[] = jobKinds): Promise<number> {
  const boss = jobQueue(db);
  let ran = 0;
  for (const kind of kinds) {
    for (;;) {
      const jobs = await boss.fetch<object>(kind, { batchSize: 50 });
      if (jobs.length === 0) break;
      await runJobs(boss, db, kind, jobs);
      ran += jobs.length;
    }
  }
  return ran;
}
