// "Showing 1–50 of 2,001": how many rows match a list's filters, cheaply at any size. Counting is
// exact and live up to a thousand (an index scan of at most that many entries); a larger total is
// counted in full at most once a minute per list and filter in this process (counting 100,000
// orders takes ~25 ms, too much for every page view), so a big number may be a minute old.
import { count } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/lib/db/client";

export const LIVE_COUNT_LIMIT = 1000;
const CACHE_MS = 60_000;
const CACHE_ENTRIES = 500;

const cache = ((globalThis as { __bhlListCounts?: Map<string, { at: number; total: Promise<number> }> }).__bhlListCounts ??= new Map());

/**
 * `matches` builds the list's query without columns, order or cursor (a select of its filtered
 * rows); `key` names the list and every filter and scope value, so two lists never share a total.
 */
export async function countMatches(db: DbOrTx, key: string, matches: () => PgSelect): Promise<number> {
  const [live] = await db.select({ n: count() }).from(matches().limit(LIVE_COUNT_LIMIT + 1).as("matches"));
  if (live.n <= LIVE_COUNT_LIMIT) return live.n;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.total;
  // The promise is cached at once: fifty requests arriving together share one count.
  const total = db
    .select({ n: count() })
    .from(matches().as("matches"))
    .then(([row]) => row.n);
  cache.delete(key);
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, { at: Date.now(), total });
  total.catch(() => cache.delete(key));
  return total;
}
