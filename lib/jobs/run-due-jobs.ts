import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { jobs, type Job } from "@/lib/db/schema";
import { jobHandlers, type JobHandlers } from "./handlers";
import type { JobKind } from "./job-kinds";

/** A job locked longer than this is taken to belong to a worker that died, and is retried. */
const STALE_LOCK = sql`interval '10 minutes'`;

async function claimNext(db: Db): Promise<Job | undefined> {
  // SKIP LOCKED lets any number of workers (app instances or `npm run worker`) share the queue.
  const [job] = await db
    .update(jobs)
    .set({ lockedAt: sql`now()`, attempts: sql`${jobs.attempts} + 1` })
    .where(
      sql`${jobs.id} = (
        select id from ${jobs}
        where ${jobs.doneAt} is null and ${jobs.runAt} <= now() and ${jobs.attempts} < ${jobs.maxAttempts}
          and (${jobs.lockedAt} is null or ${jobs.lockedAt} < now() - ${STALE_LOCK})
        order by ${jobs.runAt}
        for update skip locked
        limit 1)`,
    )
    .returning();
  return job;
}

/** Runs the jobs that are due, one at a time, up to `limit`; returns how many ran. */
export async function runDueJobs(db: Db, handlers: Partial<JobHandlers> = jobHandlers, limit = 20): Promise<number> {
  let ran = 0;
  for (; ran < limit; ran++) {
    const job = await claimNext(db);
    if (!job) break;
    try {
      const handler = handlers[job.kind as JobKind] as (db: Db, payload: unknown) => Promise<void>;
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      await handler(db, job.payload);
      await db.update(jobs).set({ doneAt: sql`now()`, lockedAt: null, lastError: null }).where(eq(jobs.id, job.id));
    } catch (error) {
      // Back off 10 s, 40 s, 90 s… Only the error's name is kept: messages can carry personal data.
      const delaySeconds = 10 * job.attempts * job.attempts;
      await db
        .update(jobs)
        .set({
          lockedAt: null,
          lastError: error instanceof Error ? error.name : "Error",
          runAt: sql`now() + make_interval(secs => ${delaySeconds})`,
        })
        .where(eq(jobs.id, job.id));
    }
  }
  return ran;
}
