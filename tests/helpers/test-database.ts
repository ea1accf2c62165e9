// Each integration test file runs against every configured engine, each in a fresh database.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { useDatabaseForTests, type Db } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";

export type Engine = "pglite" | "postgres";

export function engines(): Engine[] {
  return inject("postgresTemplate") ? ["pglite", "postgres"] : ["pglite"];
}

export async function openTestDatabase(engine: Engine): Promise<{ db: Db; close: () => Promise<void> }> {
  if (engine === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const loadDataDir = new Blob([readFileSync(inject("pgliteTemplate"))]);
    const client = await PGlite.create({ loadDataDir });
    return { db: drizzle(client, { schema }) as unknown as Db, close: () => client.close() };
  }
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const base = process.env.TEST_DATABASE_URL!;
  const name = `bhl_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${inject("postgresTemplate")}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { max: 4, onnotice: () => {} });
  return {
    db: drizzle(sql, { schema }) as unknown as Db,
    close: async () => {
      await sql.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * describe() once per engine with a fresh database; `ctx.db` is ready inside the tests, and code
 * that calls getDb() (server actions, auth) sees the same database.
 */
export function describeWithDatabase(title: string, body: (ctx: { db: Db; engine: Engine }) => void) {
  describe.each(engines())(`${title} [%s]`, (engine) => {
    const ctx = { db: undefined as unknown as Db, engine };
    let close: () => Promise<void> = async () => {};
    beforeAll(async () => {
      const opened = await openTestDatabase(engine);
      ctx.db = opened.db;
      close = opened.close;
      useDatabaseForTests(opened.db, async () => {}, engine);
    });
    afterAll(() => close());
    body(ctx);
  });
}
