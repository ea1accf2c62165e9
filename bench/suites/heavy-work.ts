// Heavy work off the web server: p99 of two light pages (/pricing, /sign-in) while a 300-letter
// book compiles and ten clients download letter PDFs at once, beside the same pages idle, rounds
// alternated. The production server runs its job worker and worker-thread pool in its own process
// (the embedded default's shape), on the book data set in PostgreSQL.
import { eq } from "drizzle-orm";
import autocannon from "autocannon";
import { startExport } from "@/lib/books/start-export";
import { closeDb } from "@/lib/db/client";
import { exports } from "@/lib/db/schema";
import { bookDatabaseUrl, seedBookDatabase } from "../book-data";
import { median, ms, verdict, type Suite } from "../lib";
import { BASE, memoryMb, signIn, startServer } from "../server";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = 6;
const CONNECTIONS = 5;
const GOAL_RATIO = 3;
const PAGES = ["/pricing", "/sign-in"] as const;
type Page = (typeof PAGES)[number];

/** Both pages loaded at once for SECONDS; their p99 latencies. */
async function measure(): Promise<Record<Page, number>> {
  const results = await Promise.all(PAGES.map((page) => autocannon({ url: BASE + page, connections: CONNECTIONS, duration: SECONDS, timeout: 30 })));
  for (const [i, r] of results.entries()) if (r.non2xx + r.errors + r.timeouts) throw new Error(`${PAGES[i]} failed ${r.non2xx + r.errors + r.timeouts} requests`);
  return Object.fromEntries(PAGES.map((page, i) => [page, results[i].latency.p99])) as Record<Page, number>;
}

async function run(): Promise<string> {
  const url = bookDatabaseUrl();
  const data = await seedBookDatabase(url);
  const book = data.collectionIds.get(300)!;
  const server = await startServer(url);
  const pid = server.pid!;
  try {
    const cookies = await Promise.all(data.clients.map((c) => signIn(c.email)));
    let next = 0;
    /** Ten letter PDFs, one per client, each of a letter not rendered before (rendered PDFs are stored). */
    const downloadTen = () => {
      const round = next++;
      return Promise.all(
        data.clients.map(async (client, i) => {
          const started = performance.now();
          const res = await fetch(`${BASE}/api/orders/${client.orderIds[round]}/letter.pdf`, { headers: { cookie: cookies[i] } });
          const bytes = Buffer.from(await res.arrayBuffer());
          if (!res.ok || bytes.subarray(0, 5).toString() !== "%PDF-") throw new Error(`letter PDF answered ${res.status}`);
          return performance.now() - started;
        }),
      );
    };
    const compile = async () => {
      const queued = await startExport(data.db, data.admin, book);
      for (const deadline = Date.now() + 180_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
        const [row] = await data.db.select().from(exports).where(eq(exports.id, queued.id));
        if (row.status === "done") return { ms: row.finishedAt!.getTime() - row.startedAt!.getTime(), pages: row.pageCount ?? 0 };
        if (row.status === "failed") throw new Error(`The book export failed: ${row.error}`);
      }
      throw new Error("The book export did not finish within 180 s");
    };

    // Warm-up: pages compiled, fonts loaded in the pool's threads, one book typeset.
    for (const page of PAGES) for (let i = 0; i < 5; i++) await fetch(BASE + page).then((r) => r.text());
    await Promise.all([downloadTen(), compile()]);
    const idleMb = memoryMb(pid);
    let peakMb = idleMb;
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, memoryMb(pid))), 500);

    const idle: Record<Page, number>[] = [];
    const loaded: Record<Page, number>[] = [];
    const books: { ms: number; pages: number }[] = [];
    const pdfs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      idle.push(await measure());
      const [during, built, downloads] = await Promise.all([measure(), compile(), downloadTen()]);
      loaded.push(during);
      books.push(built);
      pdfs.push(...downloads);
      console.log(`  round ${round + 1}: idle ${JSON.stringify(idle.at(-1))}, loaded ${JSON.stringify(during)}, book ${built.ms} ms`);
    }
    clearInterval(sampler);

    let allMet = true;
    const rows = PAGES.map((page) => {
      const ratio = median(loaded.map((l, i) => l[page] / Math.max(idle[i][page], 1)));
      const met = ratio <= GOAL_RATIO;
      allMet &&= met;
      return `| \`${page}\` | ${ms(median(idle.map((r) => r[page])))} | ${ms(median(loaded.map((r) => r[page])))} | ${ratio.toFixed(2)}× | ${verdict(met)} |`;
    });
    return `Production server (\`next start\`, its job worker and worker-thread pool in the same process) on PostgreSQL with the
book data set (300 approved letters, ten clients). Each round measures \`/pricing\` and \`/sign-in\` together for ${SECONDS} s
(autocannon, ${CONNECTIONS} connections each) idle, then again while a 300-letter book compiles (queued as the admin's button does)
and ten clients each download a letter PDF not rendered before; ${ROUNDS} rounds, medians of the per-round ratios.
Load generator and server share the machine's 2 cores.

| page | p99 idle | p99 during heavy work | ratio (goal ≤ ${GOAL_RATIO}×) | goal |
|---|---|---|---|---|
${rows.join("\n")}

Both pages: ${verdict(allMet)}.

The heavy work in those windows: the 300-letter book (${books[0]?.pages ?? "?"} pages) took ${ms(median(books.map((b) => b.ms)))} from start to stored files
(median of ${books.length}); the letter PDFs took ${ms(median(pdfs))} each (median of ${pdfs.length}, slowest ${ms(Math.max(...pdfs))}), all ten at once.
Server memory (resident, process tree): ${idleMb.toFixed(0)} MB after warm-up, ${peakMb.toFixed(0)} MB at the peak.`;
  } finally {
    server.kill("SIGTERM");
    await closeDb();
  }
}

export default { title: "Heavy work beside light pages", run } satisfies Suite;
