// One database handle for the process: real Postgres when DATABASE_URL is set, otherwise embedded
// PGlite on disk. Both speak the same SQL through the same Drizzle schema.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The callback argument of db.transaction(): pass it where a function may run inside one. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

type Handle = { db: Db; kind: "postgres" | "pglite"; close: () => Promise<void> };

const globalForDb = globalThis as unknown as { __bhlDb?: Promise<Handle> };

export function pgliteDir(): string {
  const configured = process.env.PGLITE_DIR;
  // turbopackIgnore: a folder chosen at run time must not make the build trace the whole project.
  return configured ? path.resolve(/*turbopackIgnore: true*/ configured) : path.join(process.cwd(), ".data", "pglite");
}

async function open(): Promise<Handle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const sql = postgres(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
    return { db: drizzle(sql, { schema }) as unknown as Db, kind: "postgres", close: () => sql.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dir = pgliteDir();
  mkdirSync(path.dirname(dir), { recursive: true }); // PGlite needs the parent folder to exist
  const client = await PGlite.create(dir);
  return { db: drizzle(client, { schema }) as unknown as Db, kind: "pglite", close: () => client.close() };
}

function handle(): Promise<Handle> {
  globalForDb.__bhlDb ??= open();
  return globalForDb.__bhlDb;
}

export async function getDb(): Promise<Db> {
  return (await handle()).db;
}

export async function databaseKind(): Promise<Handle["kind"]> {
  return (await handle()).kind;
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.__bhlDb;
  globalForDb.__bhlDb = undefined;
  if (current) await (await current).close();
}

/** Tests point the process at their own database (a PGlite clone or a fresh Postgres database). */
export function useDatabaseForTests(db: Db, close: () => Promise<void>, kind: Handle["kind"]): void {
  globalForDb.__bhlDb = Promise.resolve({ db, kind, close });
}
