// The kinds of background work and the ids each one carries.
export type JobPayloads = {
  "book.compile": { exportId: string };
};
export type JobKind = keyof JobPayloads;
export type JobPayload<K extends JobKind> = JobPayloads[K];
