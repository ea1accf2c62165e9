// Figures that are costly to compute at 100,000 orders and may be a little old: the totals of big
// lists and the admin's overview. Each is computed at most once per `maxAgeMs` per key in this
// process, and the promise is kept at once, so fifty requests arriving together share one query.

const MAX_ENTRIES = 500;

type Entry = { at: number; value: Promise<unknown> };
// On globalThis: Next.js may load this module more than once (route handlers and pages), and one
// cache should serve them all.
const entries = ((globalThis as { __bhlRecently?: Map<string, Entry> }).__bhlRecently ??= new Map());

/** The value computed for `key` within the last `maxAgeMs`, or a fresh one; failures are not kept. */
export function recently<T>(key: string, maxAgeMs: number, compute: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && Date.now() - hit.at < maxAgeMs) return hit.value as Promise<T>;
  const value = compute();
  entries.delete(key); // re-inserted last: the Map's order is the order of last computation
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  const entry = { at: Date.now(), value };
  entries.set(key, entry);
  value.catch(() => entries.get(key) === entry && entries.delete(key));
  return value;
}
