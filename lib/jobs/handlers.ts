import { compileExport } from "@/lib/books/compile-export";
import type { Db } from "@/lib/db/client";
import { runRepeatLettersJob } from "@/lib/recurring/run-repeat-letters-job";
import { notifyOrderEvent } from "@/lib/notifications/notify-order-event";
import type { JobKind, JobPayloads } from "./job-kinds";

export type JobHandlers = { [K in JobKind]: (db: Db, payload: JobPayloads[K]) => Promise<void> };

// Every handler is idempotent: the queue retries after a crash or an error.
export const jobHandlers: JobHandlers = {
  "book.compile": (db, { exportId }) => compileExport(db, exportId),
  "recurring.prepare": (db) => runRepeatLettersJob(db),
  "order.notify": async (db, { orderId, event }) => void (await notifyOrderEvent(db, orderId, event)),
};
