import { availableParallelism } from "node:os";
import path from "node:path";
import Piscina from "piscina";
import type * as Tasks from "@/workers/heavy-work";

type TaskName = keyof typeof Tasks;
type Task<K extends TaskName> = (typeof Tasks)[K];

const globalForPool = globalThis as unknown as { __bhlPool?: Piscina };

/**
 * The worker-thread pool for CPU-heavy work (typesetting, rendering letters, proofreading), so the
 * web server's event loop keeps answering while it runs. One per process; threads start on
 * demand and stop when idle. POOL_THREADS sets the size (default: cores − 1, at least one).
 */
function pool(): Piscina {
  globalForPool.__bhlPool ??= new Piscina({
    // Found from the project folder, like the fonts: inside a Next.js bundle `import.meta.url` would
    // become a static asset's URL. turbopackIgnore: the build must not trace or copy it.
    filename: path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "pool", "heavy-work.worker.mjs"),
    maxThreads: Number(process.env.POOL_THREADS ?? Math.max(1, availableParallelism() - 1)),
    idleTimeout: 60_000,
  });
  return globalForPool.__bhlPool;
}

/** Runs one task of workers/heavy-work.ts in the pool, with plain data in and out. */
export function runHeavyWork<K extends TaskName>(name: K, input: Parameters<Task<K>>[0]): Promise<Awaited<ReturnType<Task<K>>>> {
  return pool().run(input, { name });
}
