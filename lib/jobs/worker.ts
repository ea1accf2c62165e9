import { getDb } from "@/lib/db/client";
import { ensureDailyJob } from "@/lib/recurring/schedule-repeat-letters";
import { runDueJobs } from "./run-due-jobs";

type WorkerState = { timer?: NodeJS.Timeout; running: boolean; again: boolean };
const globalForWorker = globalThis as unknown as { __bhlWorker?: WorkerState };

async function tick(state: WorkerState) {
  if (state.running) {
    state.again = true; // woken while busy: look again right after
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      await runDueJobs(await getDb());
    } while (state.again);
  } catch (error) {
    console.error("job worker tick failed", error instanceof Error ? error.name : "unknown");
  } finally {
    state.running = false;
  }
}

/** Polls the queue in this process. Safe to call twice; every app instance may run one. */
export function startWorker(intervalMs = Number(process.env.JOBS_POLL_MS ?? 2000)): void {
  if (globalForWorker.__bhlWorker) return;
  const state: WorkerState = { running: false, again: false };
  // Daily work re-enqueues itself; starting a worker makes sure today's run exists.
  void getDb()
    .then((db) => ensureDailyJob(db))
    .catch((error) => console.error("could not schedule daily jobs", error instanceof Error ? error.name : "unknown"));
  state.timer = setInterval(() => void tick(state), intervalMs);
  state.timer.unref();
  globalForWorker.__bhlWorker = state;
}

/** Runs the queue now instead of at the next poll (after enqueueing work a person waits for). */
export function wakeWorker(): void {
  const state = globalForWorker.__bhlWorker;
  if (state) void tick(state);
}

export function stopWorker(): void {
  const state = globalForWorker.__bhlWorker;
  if (state?.timer) clearInterval(state.timer);
  globalForWorker.__bhlWorker = undefined;
}
