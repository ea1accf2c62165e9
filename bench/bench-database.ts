/** The scale database the page benchmark runs against (`npm run bench:seed` builds it). */
export function benchDatabaseUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/bhl_bench";
}
