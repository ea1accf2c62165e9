// A separate worker process for the job queue: `npm run worker`. Use it with a real Postgres
// (DATABASE_URL), as many as the work needs; PGlite belongs to one process, where the app's own
// worker runs the jobs.
import { getDb } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";
import { startWorker, stopWorker } from "@/lib/jobs/worker";

if (!process.env.DATABASE_URL) {
  console.error("npm run worker needs DATABASE_URL: with the embedded database, the app runs jobs itself.");
  process.exit(1);
}
await prepareDatabase({ seed: false });
await startWorker(await getDb());
console.log("Job worker running; Ctrl+C to stop.");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // Jobs in hand are finished (or, past the timeout, left to expire and be retried elsewhere).
  process.once(signal, () => void stopWorker().then(() => process.exit(0)));
}
