// The kinds of background work and the ids each one carries.
import type { OrderEvent } from "@/lib/orders/state-machine";

export type JobPayloads = {
  "book.compile": { exportId: string };
  "recurring.prepare": Record<string, never>;
  "order.notify": { orderId: string; event: OrderEvent };
};
export type JobKind = keyof JobPayloads;
export type JobPayload<K extends JobKind> = JobPayloads[K];
