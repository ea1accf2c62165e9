import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { jobs, mailOutbox } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import type { JobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { makeCast } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

describeWithDatabase("job queue", (ctx) => {
  const id = () => crypto.randomUUID();

  it("runs due jobs once each and leaves future ones waiting", async () => {
    const seen: string[] = [];
    const handlers: Partial<JobHandlers> = { "book.compile": async (_db, p) => void seen.push(p.exportId) };
    const [now, later] = [id(), id()];
    await enqueueJob(ctx.db, "book.compile", { exportId: now });
    await enqueueJob(ctx.db, "book.compile", { exportId: later }, { runAt: new Date(Date.now() + 3_600_000) });
    await runDueJobs(ctx.db, handlers);
    await runDueJobs(ctx.db, handlers);
    expect(seen).toContain(now);
    expect(seen).not.toContain(later);
    expect(seen.filter((x) => x === now)).toHaveLength(1);
  });

  it("keeps one unfinished job per dedupe key", async () => {
    const key = `k-${id()}`;
    await enqueueJob(ctx.db, "book.compile", { exportId: id() }, { dedupeKey: key });
    await enqueueJob(ctx.db, "book.compile", { exportId: id() }, { dedupeKey: key });
    expect(await ctx.db.select().from(jobs).where(eq(jobs.dedupeKey, key))).toHaveLength(1);
  });

  it("retries a failing job later with its error's name, never its message", async () => {
    const exportId = id();
    const handlers: Partial<JobHandlers> = {
      "book.compile": async (_db, p) => {
        if (p.exportId === exportId) throw new TypeError("Dear Margaret, private text");
      },
    };
    await enqueueJob(ctx.db, "book.compile", { exportId });
    await runDueJobs(ctx.db, handlers);
    const [row] = (await ctx.db.select().from(jobs)).filter((j) => j.payload.exportId === exportId);
    expect(row).toMatchObject({ attempts: 1, lastError: "TypeError", doneAt: null, lockedAt: null });
    expect(row.runAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("emails the client when their letter is ready, queued with the transition itself", async () => {
    const cast = await makeCast(ctx.db);
    await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim", { save: "Dear Mum," }, "submit_for_review", "send_to_client"]);
    const queued = (await ctx.db.select().from(jobs)).filter((j) => j.kind === "order.notify" && !j.doneAt);
    expect(queued).toHaveLength(1);
    await runDueJobs(ctx.db);
    const mail = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, cast.client.email));
    expect(mail).toHaveLength(1);
    expect(mail[0].text).not.toContain("Dear Mum");
  });

  it("lets two workers share the queue without running a job twice", async () => {
    const counts = new Map<string, number>();
    const handlers: Partial<JobHandlers> = {
      "book.compile": async (_db, p) => {
        counts.set(p.exportId, (counts.get(p.exportId) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 5));
      },
    };
    const ids = Array.from({ length: 8 }, id);
    for (const exportId of ids) await enqueueJob(ctx.db, "book.compile", { exportId });
    await Promise.all([runDueJobs(ctx.db, handlers), runDueJobs(ctx.db, handlers)]);
    expect(ids.map((x) => counts.get(x))).toEqual(ids.map(() => 1));
  });
});
