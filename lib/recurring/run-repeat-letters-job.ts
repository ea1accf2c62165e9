import type { Db } from "@/lib/db/client";
import { prepareDueRepeatLetters } from "./prepare-due-repeat-letters";
import { ensureDailyJob } from "./schedule-repeat-letters";
import { todayIso } from "./today-iso";

/** The daily job: prepares what is due today and queues tomorrow's run. Safe to run twice. */
export async function runRepeatLettersJob(db: Db, now = new Date()): Promise<void> {
  await prepareDueRepeatLetters(db, todayIso(now));
  await ensureDailyJob(db, new Date(now.getTime() + 86_400_000));
}
