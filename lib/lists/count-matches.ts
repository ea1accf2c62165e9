// "Showing 1–50 of 2,001": how many rows match a list's filters, cheaply at any size. Counting is
// exact and live up to a thousand (an index scan of at most that many entries); a larger total is
// counted in full at most once a minute per list and filter in this process (counting 100,000
// orders takes ~25 ms, too much for every page view), so a big number may be a minute old.
import { count } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import { recently } from "@/lib/cache/recently";
import type { DbOrTx } from "@/lib/db/client";

export const LIVE_COUNT_LIMIT = 1000;
const CACHE_MS = 60_000;

/**
 * `matches` builds the list's query without columns, order or cursor (a select of its filtered
 * rows); `key` names the list and every filter and scope value, so two lists never share a total.
 */
export async function countMatches(db: DbOrTx, key: string, matches: () => PgSelect): Promise<number> {
  const [live] = await db.select({ n: count() }).from(matches().limit(LIVE_COUNT_LIMIT + 1).as("matches"));
  if (live.n <= LIVE_COUNT_LIMIT) return live.n;
  return recently(`list-count:${key}`, CACHE_MS, () =>
    db
      .select({ n: count() })
      .from(matches().as("matches"))
      .then(([row]) => row.n),
  );
}
