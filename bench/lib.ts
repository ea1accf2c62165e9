// Shared pieces of the benchmark suites: the machine line, medians, and paired measurement
// (a figure is only meaningful as a ratio against a baseline measured alternately in the same run,
// because the machine is shared and noisy).
import os from "node:os";
import { performance } from "node:perf_hooks";

export type Suite = {
  /** Heading of the suite's section in bench/RESULTS.md. */
  title: string;
  /** Measures and returns the section's markdown body (tables, notes, goals beside each figure). */
  run: () => Promise<string>;
};

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

export async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Times `baseline` and `subject` alternately, `runs` times each, after one warm-up of each, and
 * returns both medians and the median of the per-pair ratios (subject / baseline).
 */
export async function paired(
  baseline: () => unknown | Promise<unknown>,
  subject: () => unknown | Promise<unknown>,
  runs = 15,
): Promise<{ baselineMs: number; subjectMs: number; ratio: number }> {
  await baseline();
  await subject();
  const b: number[] = [];
  const s: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const tb = await time(baseline);
    const ts = await time(subject);
    b.push(tb);
    s.push(ts);
    ratios.push(ts / tb);
  }
  return { baselineMs: median(b), subjectMs: median(s), ratio: median(ratios) };
}

export const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
export const verdict = (ok: boolean) => (ok ? "met" : "**not met**");
