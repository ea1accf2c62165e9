import path from "node:path";
import type { Db } from "./client";

export const migrationsFolder = path.join(process.cwd(), "drizzle");

/** Applies the committed drizzle-kit migrations to the embedded database. */
export async function migratePglite(db: Db): Promise<void> {
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  await migrate(db as never, { migrationsFolder });
}

/**
 * Applies the migrations to a Postgres server over one dedicated connection holding an advisory
 * lock, so several app instances starting at once cannot apply the same migration twice.
 */
export async function migratePostgres(url: string): Promise<void> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(72010425)`;
    await migrate(drizzle(sql), { migrationsFolder });
    await sql`select pg_advisory_unlock(72010425)`;
  } finally {
    await sql.end();
  }
}
