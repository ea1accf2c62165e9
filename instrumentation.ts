// Runs once when the server starts: migrations are applied and demo data seeded before any request,
// then this instance starts taking background jobs from the queue.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // First, so the throttles count the socket's address, not a header the client chose.
    (await import("./lib/auth/socket-address")).appendSocketAddresses();
    const { appUrl, appUrlNotice } = await import("./lib/env");
    // next-auth reads its own variable; APP_URL is the one setting, so it is derived here.
    process.env.NEXTAUTH_URL = appUrl();
    const notice = appUrlNotice();
    if (notice) console.log(notice);
    // On PostgreSQL there may be several instances behind one address: a secret each made for itself
    // would reject the others' session cookies.
    if (process.env.NODE_ENV === "production" && process.env.DATABASE_URL && !process.env.NEXTAUTH_SECRET) {
      throw new Error("NEXTAUTH_SECRET is required in production with DATABASE_URL: every app instance must sign sessions with the same secret.");
    }
    const { prepareDatabase } = await import("./lib/db/prepare");
    await prepareDatabase();
    // JOBS_WORKER=off on app instances that leave the jobs to `npm run worker` processes.
    if (process.env.JOBS_WORKER !== "off") {
      const { getDb } = await import("./lib/db/client");
      await (await import("./lib/jobs/worker")).startWorker(await getDb());
    }
  }
}
