import { compileExport } from "@/lib/books/compile-export";
import type { Db } from "@/lib/db/client";
import { notifyOrderEvent } from "@/lib/notifications/notify-order-event";
import { notifyStaff } from "@/lib/notifications/notify-staff";
import { buildPrintBatchPdf } from "@/lib/print-batches/build-print-batch-pdf";
import { prepareDueRepeatLetters } from "@/lib/recurring/prepare-due-repeat-letters";
import type { JobKind, JobPayloads } from "./job-kinds";

/** The job being run: its id is the same on every retry, so effects keyed by it happen once. */
export type JobContext = { id: string };

export type JobHandlers = { [K in JobKind]: (db: Db, payload: JobPayloads[K], job: JobContext) => Promise<void> };

// Every handler is idempotent: the queue retries after an error, and after a worker dies mid-job.
export const jobHandlers: JobHandlers = {
  "book.compile": (db, { exportId }) => compileExport(db, exportId), // finished exports are left alone
  "recurring.prepare": async (db) => void (await prepareDueRepeatLetters(db)), // each date once, under a row lock
  "order.notify": async (db, { orderId, event }, job) => {
    const idempotencyKey = `order.notify:${job.id}`;
    if (event !== "comment") await notifyOrderEvent(db, orderId, event, { idempotencyKey });
    await notifyStaff(db, orderId, event, { idempotencyKey });
  },
  "print-batch.render": (db, { batchId }) => buildPrintBatchPdf(db, batchId), // a stored PDF is left alone
};
