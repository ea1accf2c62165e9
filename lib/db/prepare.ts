import { prepareJobQueues } from "@/lib/jobs/job-queue";
import { databaseKind, getDb } from "./client";
import { migratePglite, migratePostgres } from "./migrate";
import { seedDemo } from "./seed";

/** Brings the database and the job queue up to date and, unless SEED_DEMO=false, adds the demo data once. */
export async function prepareDatabase(options: { seed?: boolean } = {}): Promise<void> {
  const db = await getDb();
  if ((await databaseKind()) === "pglite") await migratePglite(db);
  else await migratePostgres(process.env.DATABASE_URL!);
  await prepareJobQueues(db);
  const seed = options.seed ?? process.env.SEED_DEMO !== "false";
  if (seed && (await seedDemo(db))) console.log("Seeded the demo accounts and example orders.");
}
