// A separate worker process for the job queue: `npm run worker`. Use it with a real Postgres
// (DATABASE_URL); PGlite belongs to one process, where the app's own in-process worker runs jobs.
import { prepareDatabase } from "@/lib/db/prepare";
import { startWorker } from "@/lib/jobs/worker";

if (!process.env.DATABASE_URL) {
  console.error("npm run worker needs DATABASE_URL: with the embedded database, the app runs jobs itself.");
  process.exit(1);
}
await prepareDatabase({ seed: false });
startWorker();
console.log("Job worker running; Ctrl+C to stop.");
setInterval(() => {}, 1 << 30); // keep the process alive (the poll timer is unref'd)
