// pg-boss talks to the database through a `db` object with executeSql(text, values): these adapt the
// app's own handles, so the queue lives in the same database on PGlite and on Postgres alike.
import type { PGlite } from "@electric-sql/pglite";
import { sql, type SQL } from "drizzle-orm";
import type PgBoss from "pg-boss";
import type { Sql } from "postgres";
import type { Db, DbOrTx } from "@/lib/db/client";

type Rows = { rows: Record<string, unknown>[] };

const rowsOf = (result: unknown): Rows["rows"] =>
  Array.isArray(result) ? [...result] : ((result as { rows?: Rows["rows"] }).rows ?? []);

// pg-boss passes undefined for options it leaves unset, which postgres.js refuses, and objects for
// json parameters, which drizzle's postgres.js client leaves unserialised (it parses JSON itself).
const params = (values: unknown[]) =>
  values.map((v) => (v === undefined ? null : v !== null && typeof v === "object" && v.constructor === Object ? JSON.stringify(v) : v));

/**
 * The process's own connection (drizzle's `$client`). Without values, pg-boss may send several
 * statements at once (its migrations and maintenance, wrapped in BEGIN … COMMIT): PGlite runs them
 * with exec, postgres.js on a reserved connection with the simple protocol.
 */
export function clientBossDb(db: Db): PgBoss.Db {
  const client = (db as unknown as { $client: PGlite | Sql }).$client;
  if ("exec" in client) {
    const pglite = client;
    return {
      async executeSql(text, values) {
        if (values) return { rows: (await pglite.query<Record<string, unknown>>(text, params(values))).rows };
        return { rows: (await pglite.exec(text)).flatMap((r) => r.rows as Rows["rows"]) };
      },
    };
  }
  const pg = client;
  return {
    async executeSql(text, values) {
      if (values) return { rows: rowsOf(await pg.unsafe(text, params(values) as never[])) };
      const reserved = await pg.reserve();
      try {
        const result = (await reserved.unsafe(text).simple()) as unknown[];
        // Several statements answer with one result each.
        return { rows: Array.isArray(result[0]) ? result.flatMap(rowsOf) : rowsOf(result) };
      } finally {
        reserved.release();
      }
    },
  };
}

/**
 * The caller's transaction (or handle), so a job is sent in the same transaction as the change
 * that causes it: both commit, or neither. pg-boss sends one statement with $n parameters here.
 */
export function transactionBossDb(tx: DbOrTx): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      return { rows: rowsOf(await tx.execute(withParams(text, params(values)))) };
    },
  };
}

function withParams(text: string, values: unknown[]): SQL {
  const query = sql.empty();
  // split with a capture group alternates text and parameter numbers
  text.split(/\$(\d+)/).forEach((part, i) => query.append(i % 2 ? sql`${sql.param(values[Number(part) - 1])}` : sql.raw(part)));
  return query;
}
