import { eq } from "drizzle-orm";
import { afterEach, expect, it, vi } from "vitest";
import { auditLog, mailOutbox } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { getJobsOverview } from "@/lib/jobs/get-jobs-overview";
import { jobHandlers } from "@/lib/jobs/handlers";
import { DEAD_LETTERS } from "@/lib/jobs/job-kinds";
import { jobQueue } from "@/lib/jobs/job-queue";
import { retryFailedJob } from "@/lib/jobs/retry-failed-job";
import { startWorker, stopWorker } from "@/lib/jobs/worker";
import { applyTransition } from "@/lib/orders/state-machine";
import { runQueuedJobs } from "../helpers/jobs";
import { makeCast } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

const toClient = ["pay", "claim", { save: "Dear Mum, the lake." }, "submit_for_review", "send_to_client"] as const;

describeWithDatabase("job queue (pg-boss)", (ctx) => {
  const id = () => crypto.randomUUID();
  const jobRow = async (jobId: string) =>
    (await jobQueue(ctx.db).getDb().executeSql("select state, retry_count, start_after, output from pgboss.job where id = $1", [jobId])).rows[0];
  afterEach(() => vi.restoreAllMocks());

  it("runs due jobs once each and leaves later ones waiting", async () => {
    const seen: string[] = [];
    vi.spyOn(jobHandlers, "book.compile").mockImplementation(async (_db, p) => void seen.push(p.exportId));
    const [now, later] = [id(), id()];
    await enqueueJob(ctx.db, "book.compile", { exportId: now });
    await enqueueJob(ctx.db, "book.compile", { exportId: later }, { startAfter: new Date(Date.now() + 3_600_000) });
    await runQueuedJobs(ctx.db);
    await runQueuedJobs(ctx.db);
    expect(seen).toEqual([now]);
  });

  it("keeps one queued compile per export (singleton key)", async () => {
    const exportId = id();
    expect(await enqueueJob(ctx.db, "book.compile", { exportId })).not.toBeNull();
    expect(await enqueueJob(ctx.db, "book.compile", { exportId })).toBeNull();
    expect(await enqueueJob(ctx.db, "book.compile", { exportId: id() })).not.toBeNull();
  });

  it("sends a job with the transition that causes it: a rolled-back transition leaves none", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), toClient.slice(0, 4));
    await runQueuedJobs(ctx.db);
    await expect(
      ctx.db.transaction(async (tx) => {
        await applyTransition(tx, cast.editor, order.id, "send_to_client");
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await runQueuedJobs(ctx.db, ["order.notify"])).toBe(0);
    await applyTransition(ctx.db, cast.editor, order.id, "send_to_client");
    expect(await runQueuedJobs(ctx.db, ["order.notify"])).toBe(1);
  });

  it("emails the client once even when the notify job runs twice (a retry after a crash)", async () => {
    const cast = await makeCast(ctx.db);
    // Paying and submitting queue news for writers and editors: sent first, so the client's is the one left.
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), toClient.slice(0, 4));
    await runQueuedJobs(ctx.db, ["order.notify"]);
    await applyTransition(ctx.db, cast.editor, order.id, "send_to_client");
    const [job] = await jobQueue(ctx.db).fetch<{ orderId: string; event: "send_to_client" }>("order.notify", { batchSize: 10 });
    expect(job.data).toEqual({ orderId: order.id, event: "send_to_client" });
    await jobHandlers["order.notify"](ctx.db, job.data, { id: job.id });
    await jobHandlers["order.notify"](ctx.db, job.data, { id: job.id });
    const mail = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, cast.client.email));
    expect(mail).toHaveLength(1);
    expect(mail[0].text).not.toContain("Dear Mum");
  });

  it("retries a failing job with back-off, keeps only its error's name, then dead-letters it for an admin to retry", async () => {
    const cast = await makeCast(ctx.db);
    const failing = vi.spyOn(jobHandlers, "order.notify").mockRejectedValue(new TypeError("Dear Margaret, private text"));
    const orderId = id();
    const jobId = (await enqueueJob(ctx.db, "order.notify", { orderId, event: "mark_mailed" }))!;
    await runQueuedJobs(ctx.db, ["order.notify"]);
    const retrying = await jobRow(jobId);
    expect(retrying).toMatchObject({ state: "retry", output: { name: "TypeError" } });
    expect(new Date(retrying.start_after as string).getTime()).toBeGreaterThan(Date.now());

    // Its last attempt fails too: the job is failed and a copy waits in the dead letters. (Due a minute
    // ago, not now(): pg-boss fetches start_after < now(), and PGlite's clock can return the same instant.)
    await jobQueue(ctx.db).getDb().executeSql("update pgboss.job set start_after = now() - interval '1 minute', retry_count = retry_limit - 1 where id = $1", [jobId]);
    await runQueuedJobs(ctx.db, ["order.notify"]);
    expect(await jobRow(jobId)).toMatchObject({ state: "failed" });
    const { rows: dead } = await jobQueue(ctx.db).getDb().executeSql("select data from pgboss.job where name = $1", [DEAD_LETTERS]);
    expect(dead.map((d) => d.data)).toContainEqual({ orderId, event: "mark_mailed" });

    const overview = await getJobsOverview(ctx.db, cast.admin);
    expect(overview.queues.find((q) => q.name === "order.notify")).toMatchObject({ failed: 1 });
    expect(overview.failed).toContainEqual(expect.objectContaining({ id: jobId, queue: "order.notify", error: "TypeError" }));
    expect(JSON.stringify(overview)).not.toContain("Margaret");
    await expect(getJobsOverview(ctx.db, cast.editor)).rejects.toThrow(/could not be found/);
    await expect(retryFailedJob(ctx.db, cast.editor, { queue: "order.notify", id: jobId })).rejects.toThrow(/could not be found/);

    failing.mockResolvedValue(undefined);
    await retryFailedJob(ctx.db, cast.admin, { queue: "order.notify", id: jobId });
    await expect(retryFailedJob(ctx.db, cast.admin, { queue: "order.notify", id: jobId })).rejects.toThrow(/no longer failed/);
    expect(await runQueuedJobs(ctx.db, ["order.notify"])).toBe(1);
    expect(await jobRow(jobId)).toMatchObject({ state: "completed" });
    expect(await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, jobId))).toMatchObject([{ action: "job.retry", actorId: cast.admin.id }]);
  });

  it("lets two workers share the queue without running a job twice", async () => {
    const counts = new Map<string, number>();
    vi.spyOn(jobHandlers, "book.compile").mockImplementation(async (_db, p) => {
      counts.set(p.exportId, (counts.get(p.exportId) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 5));
    });
    const ids = Array.from({ length: 8 }, id);
    for (const exportId of ids) await enqueueJob(ctx.db, "book.compile", { exportId });
    await Promise.all([runQueuedJobs(ctx.db, ["book.compile"]), runQueuedJobs(ctx.db, ["book.compile"])]);
    expect(ids.map((x) => counts.get(x))).toEqual(ids.map(() => 1));
  });

  it("runs a worker in this process that takes jobs as they come and keeps the daily schedule", async () => {
    const done = new Promise<string>((resolve) =>
      vi.spyOn(jobHandlers, "book.compile").mockImplementation(async (_db, p) => resolve(p.exportId)),
    );
    const worker = await startWorker(ctx.db, 0.5);
    try {
      const exportId = id();
      await enqueueJob(ctx.db, "book.compile", { exportId });
      expect(await done).toBe(exportId);
      expect(await worker.boss.getSchedules()).toContainEqual(expect.objectContaining({ name: "recurring.prepare", cron: "0 5 * * *" }));
    } finally {
      await stopWorker(5_000);
    }
  });
});
