import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import { jobHandlers } from "./handlers";
import type { JobKind } from "./job-kinds";

/**
 * What pg-boss keeps of a failure: the error's name only. Messages and stacks can quote letter
 * text or addresses, and the admin's jobs page shows what is stored.
 */
class JobFailed extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "JobFailed";
  }
  toJSON() {
    return { name: this.reason };
  }
}

/**
 * Runs jobs a worker fetched from one queue, settling each on its own: a failing job is retried
 * later (or sent to the dead letters) without failing the others of its batch.
 */
export async function runJobs(boss: PgBoss, db: Db, kind: JobKind, jobs: PgBoss.Job<object>[]): Promise<void> {
  const handler = jobHandlers[kind] as (db: Db, payload: object, job: { id: string }) => Promise<void>;
  for (const job of jobs) {
    try {
      await handler(db, job.data, { id: job.id });
      await boss.complete(kind, job.id);
    } catch (error) {
      const reason = error instanceof Error ? error.name : "Error";
      console.error("job failed", { kind, jobId: job.id, reason });
      await boss.fail(kind, job.id, new JobFailed(reason));
    }
  }
}
