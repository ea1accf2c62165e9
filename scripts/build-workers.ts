// Bundles the worker-thread entry (workers/heavy-work.ts) into plain JavaScript next to the pool that
// runs it. Runs before `next build` and before tests (npm scripts and the test setup call it).
import path from "node:path";
import { build } from "esbuild";

export const WORKER_BUNDLE = path.resolve(import.meta.dirname, "../lib/pool/heavy-work.worker.mjs");

export async function buildWorkers(): Promise<void> {
  await build({
    entryPoints: [path.resolve(import.meta.dirname, "../workers/heavy-work.ts")],
    outfile: WORKER_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Packages (pdfkit, harper.js, Typst…) load from node_modules at run time, as on the server.
    packages: "external",
    alias: { "@": path.resolve(import.meta.dirname, "..") },
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await buildWorkers();
