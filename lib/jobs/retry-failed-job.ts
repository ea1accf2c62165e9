import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { jobQueue } from "./job-queue";

export const retryJobSchema = z.strictObject({ queue: z.string().min(1).max(100), id: z.uuid() });

/** An admin sends one failed job back to its queue, with one more attempt. */
export async function retryFailedJob(db: Db, actor: Actor, input: z.output<typeof retryJobSchema>): Promise<void> {
  if (!can(actor, "jobs.manage")) throw notFound("That job");
  const boss = jobQueue(db);
  const job = await boss.getJobById(input.queue, input.id);
  if (!job) throw notFound("That job");
  if (job.state !== "failed") throw new AppError("CONFLICT", "Only a failed job can be retried; this one is no longer failed.");
  await boss.retry(input.queue, input.id);
  await db.insert(auditLog).values({
    actorId: actor.id,
    actorRole: actor.role,
    action: "job.retry",
    entityType: "job",
    entityId: input.id,
    detail: { queue: input.queue },
  });
}
