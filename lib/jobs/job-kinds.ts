// The kinds of background work, the ids each one carries, and how pg-boss treats each queue.
import type PgBoss from "pg-boss";
import type { StaffEvent } from "@/lib/notifications/notify-staff";

export type JobPayloads = {
  "book.compile": { exportId: string };
  "recurring.prepare": Record<string, never>;
  "order.notify": { orderId: string; event: StaffEvent };
  "print-batch.render": { batchId: string };
};
export type JobKind = keyof JobPayloads;
export type JobPayload<K extends JobKind> = JobPayloads[K];

/** Where a job goes once its retries are used up: kept for an admin to look at, never run. */
export const DEAD_LETTERS = "dead-letters";

type QueueSettings<K extends JobKind> = {
  queue: Omit<PgBoss.Queue, "name" | "deadLetter">;
  /** How many jobs one worker takes per poll. */
  batchSize: number;
  /** Jobs with the same key are one job while queued (stately queues keep one per key and state). */
  singletonKey?: (payload: JobPayload<K>) => string;
};

// Retries back off (delay doubling each attempt); an active job past its expiry is taken to be lost
// (its worker died) and retried.
export const queueSettings: { [K in JobKind]: QueueSettings<K> } = {
  // One compile per export queued and one running at a time.
  "book.compile": {
    queue: { policy: "stately", retryLimit: 2, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60 },
    batchSize: 1,
    singletonKey: ({ exportId }) => exportId,
  },
  // One daily run at a time, however many workers there are.
  "recurring.prepare": { queue: { policy: "singleton", retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 10 * 60 }, batchSize: 1 },
  "order.notify": { queue: { policy: "standard", retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 60 }, batchSize: 20 },
  // One build per batch queued and one running at a time.
  "print-batch.render": {
    queue: { policy: "stately", retryLimit: 2, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60 },
    batchSize: 1,
    singletonKey: ({ batchId }) => batchId,
  },
};

export const jobKinds = Object.keys(queueSettings) as JobKind[];

/** Daily work, as cron in UTC: the schedule is kept in the database, so one worker sends each run. */
export const schedules: Partial<Record<JobKind, string>> = {
  "recurring.prepare": "0 5 * * *",
};
