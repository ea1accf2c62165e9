import { and, sql, type SQL } from "drizzle-orm";
import type { PgSelect, PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/lib/db/client";
import { countMatches } from "./count-matches";
import { paginate, type Keyset, type Page } from "./keyset";

export type ListPage<T> = Page<T> & { total: number };

/**
 * One page of a list and how many rows match its filters, the two queries run together.
 * `select` gives the list's columns (with `cursorKey`), table and joins as a dynamic query;
 * `where` is its scope and filters, on `table` alone, so the count needs no joins.
 */
export async function listPage<Q extends PgSelect>(
  db: DbOrTx,
  list: {
    keyset: Keyset;
    cursor: string | undefined;
    table: PgTable;
    where: SQL | undefined;
    /** Names the list and every filter and scope value: two lists never share a cached total. */
    countKey: string;
    select: (cursorKey: SQL<string>) => Q;
    /** Rows per page, when the list's rows are heavier than most (forms in every row). */
    pageSize?: number;
  },
): Promise<ListPage<Omit<Awaited<Q>[number], "cursorKey">>> {
  const [page, total] = await Promise.all([
    paginate(list.keyset, list.cursor, (q) =>
      list
        .select(q.cursorKey)
        .where(and(list.where, q.where))
        .orderBy(...q.orderBy)
        .limit(q.limit)
        .then((rows) => rows as (Awaited<Q>[number] & { cursorKey: string })[]),
      list.pageSize,
    ),
    countMatches(db, list.countKey, () => db.select({ one: sql`1` }).from(list.table).where(list.where).$dynamic()),
  ]);
  return { ...page, total };
}
