import { can, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { jobQueue } from "./job-queue";

export type QueueCounts = { name: string; policy: string; waiting: number; active: number; failed: number; completed: number };
export type FailedJob = { id: string; queue: string; error: string; retries: number; failedAt: Date };

const FAILED_SHOWN = 50;

/**
 * For the admin's jobs page: every queue with its jobs by state, and the latest failed jobs. A
 * failed job shows its queue, id and error name only: payloads hold ids, and errors are stored
 * without their messages (see runJobs), so no letter text or address can appear here.
 */
export async function getJobsOverview(db: Db, actor: Actor): Promise<{ queues: QueueCounts[]; failed: FailedJob[] }> {
  if (!can(actor, "jobs.manage")) throw notFound("That page");
  const boss = jobQueue(db);
  const { rows: counts } = await boss.getDb().executeSql(
    // Archived (completed long ago) jobs are not counted: the live table is what a worker sees.
    "select name, state, count(*)::int as n from pgboss.job group by name, state",
    [],
  );
  const count = (name: string, states: string[]) =>
    counts.filter((c) => c.name === name && states.includes(c.state)).reduce((sum, c) => sum + Number(c.n), 0);
  const queues = (await boss.getQueues())
    .map((q) => ({
      name: q.name,
      policy: q.policy ?? "standard",
      waiting: count(q.name, ["created", "retry"]),
      active: count(q.name, ["active"]),
      failed: count(q.name, ["failed"]),
      completed: count(q.name, ["completed"]),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const { rows } = await boss.getDb().executeSql(
    `select id, name, coalesce(output->>'name', 'Error') as error, retry_count, completed_on
       from pgboss.job where state = 'failed' order by completed_on desc limit $1`,
    [FAILED_SHOWN],
  );
  const failed = rows.map((r) => ({
    id: String(r.id),
    queue: String(r.name),
    error: String(r.error),
    retries: Number(r.retry_count),
    failedAt: new Date(r.completed_on as string),
  }));
  return { queues, failed };
}
