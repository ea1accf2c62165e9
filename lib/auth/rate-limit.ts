// Sign-in throttling kept in the database, so it holds across app instances and restarts.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { signInAttempts } from "@/lib/db/schema";

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

export async function isThrottled(db: Db, keys: string[]): Promise<boolean> {
  for (const key of keys) {
    const [row] = await db.select().from(signInAttempts).where(eq(signInAttempts.key, key));
    const fresh = row && Date.now() - row.windowStartedAt.getTime() < WINDOW_MINUTES * 60_000;
    if (fresh && row.failures >= MAX_FAILURES) return true;
  }
  return false;
}

export async function recordFailure(db: Db, keys: string[]): Promise<void> {
  for (const key of keys) {
    await db
      .insert(signInAttempts)
      .values({ key, failures: 1 })
      .onConflictDoUpdate({
        target: signInAttempts.key,
        // A window older than WINDOW_MINUTES starts again from one failure.
        set: {
          failures: sql`case when ${signInAttempts.windowStartedAt} < now() - make_interval(mins => ${WINDOW_MINUTES}) then 1 else ${signInAttempts.failures} + 1 end`,
          windowStartedAt: sql`case when ${signInAttempts.windowStartedAt} < now() - make_interval(mins => ${WINDOW_MINUTES}) then now() else ${signInAttempts.windowStartedAt} end`,
        },
      });
  }
}

export async function clearFailures(db: Db, keys: string[]): Promise<void> {
  for (const key of keys) await db.delete(signInAttempts).where(eq(signInAttempts.key, key));
}
