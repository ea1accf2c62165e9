"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { retryFailedJob, retryJobSchema } from "@/lib/jobs/retry-failed-job";

export const retryJobAction = formAction(["admin"], retryJobSchema, async (input, actor) => {
  await retryFailedJob(await getDb(), actor, input);
  revalidatePath("/admin/jobs");
  return { ok: true as const, message: "Queued to run again." };
});
