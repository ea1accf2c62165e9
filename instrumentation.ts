// Runs once when the server starts: migrations are applied and demo data seeded before any request,
// then this instance starts taking background jobs from the queue.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // next-auth builds its callback addresses from NEXTAUTH_URL; on a fresh machine that is this server.
    if (!process.env.NEXTAUTH_URL) {
      process.env.NEXTAUTH_URL = `http://localhost:${process.env.PORT ?? 3000}`;
      console.log(`NEXTAUTH_URL is not set: using ${process.env.NEXTAUTH_URL}. Set it to the site's public address.`);
    }
    const { prepareDatabase } = await import("./lib/db/prepare");
    await prepareDatabase();
    if (process.env.JOBS_WORKER !== "off") (await import("./lib/jobs/worker")).startWorker();
  }
}
