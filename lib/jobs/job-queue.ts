import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import { clientBossDb } from "./boss-db";
import { DEAD_LETTERS, jobKinds, queueSettings } from "./job-kinds";

const bound = new WeakMap<Db, PgBoss>();

/** pg-boss's errors carry no letter text, but may name a query: log the kind of failure only. */
export const logQueueError = (error: Error) => console.error("job queue error", error.name);

/** pg-boss on this database, for sending, listing and retrying jobs; it runs no workers itself. */
export function jobQueue(db: Db): PgBoss {
  let boss = bound.get(db);
  if (!boss) {
    boss = new PgBoss({ db: clientBossDb(db), supervise: false, schedule: false, migrate: false });
    boss.on("error", logQueueError);
    bound.set(db, boss);
  }
  return boss;
}

/**
 * Creates or upgrades pg-boss's own schema (`pgboss`) and the app's queues with their settings.
 * Runs at start after the app's migrations; safe to repeat and to run from several processes.
 */
export async function prepareJobQueues(db: Db): Promise<void> {
  const boss = new PgBoss({ db: clientBossDb(db), supervise: false, schedule: false, migrate: true });
  boss.on("error", logQueueError);
  await boss.start();
  try {
    if (!(await boss.getQueue(DEAD_LETTERS))) await boss.createQueue(DEAD_LETTERS);
    for (const kind of jobKinds) {
      const settings = { name: kind, ...queueSettings[kind].queue, deadLetter: DEAD_LETTERS };
      if (await boss.getQueue(kind)) await boss.updateQueue(kind, settings);
      else await boss.createQueue(kind, settings);
    }
  } finally {
    await boss.stop({ graceful: false, close: false, wait: true });
  }
}
