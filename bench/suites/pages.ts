// Pages under load at 100,000 orders: the production server on the scale database
// (`npm run bench:seed`), 50 concurrent connections (autocannon), each page measured alternately
// with the bare route (/api/health: the session and one indexed query) as the same person, so
// every figure is a ratio taken in one run on this shared machine.
import autocannon from "autocannon";
import postgres from "postgres";
import { benchDatabaseUrl } from "../bench-database";
import { median, verdict, type Suite } from "../lib";
import { BASE, cpuSeconds, memoryMb, signIn, startServer } from "../server";

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const GOALS = { ratio: 0.3, p99Ms: 100, htmlBytes: 200 * 1024 };

type Who = "writer" | "client" | "admin";
const accounts: Record<Who, string> = { writer: "writer@example.com", client: "client@example.com", admin: "admin@example.com" };

type Load = { rps: number; p99: number; failures: number; cpuMs: number };

/** One measurement, with the server's CPU time per completed request (its own process tree's user + system). */
async function load(url: string, cookie: string, pid: number): Promise<Load> {
  const cpuBefore = cpuSeconds(pid);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { cookie }, timeout: 10 });
  const cpuMs = ((cpuSeconds(pid) - cpuBefore) * 1000) / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p99: result.latency.p99, failures: result.non2xx + result.errors + result.timeouts, cpuMs };
}

async function run(): Promise<string> {
  const databaseUrl = benchDatabaseUrl();
  const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  let facts: { orders: number; order: string; versions: number; comments: number };
  try {
    const [row] = await db`
      select (select count(*)::int from orders) as orders, o.id as order,
             (select count(*)::int from letter_versions v where v.order_id = o.id) as versions,
             (select count(*)::int from comments c where c.order_id = o.id) as comments
      from orders o join users u on u.id = o.client_id
      where u.email = ${accounts.client} and o.status in ('with_client', 'approved', 'mailed', 'delivered')
      order by (select count(*) from letter_versions v where v.order_id = o.id) desc, o.created_at desc limit 1`;
    facts = row as unknown as typeof facts;
  } catch (error) {
    throw new Error(`No scale database at ${databaseUrl}: run \`npm run bench:seed\` first (${(error as Error).message}).`);
  } finally {
    await db.end();
  }
  if (!facts || facts.orders < 50_000) throw new Error("The scale database is too small: run `npm run bench:seed` first.");

  const server = await startServer(databaseUrl);
  const pid = server.pid!;
  try {
    const cookies = Object.fromEntries(await Promise.all((Object.keys(accounts) as Who[]).map(async (who) => [who, await signIn(accounts[who])]))) as Record<Who, string>;
    const pages: { label: string; path: string; who: Who; goal: boolean }[] = [
      { label: "writer's desk", path: "/desk", who: "writer", goal: true },
      { label: "client's letters", path: "/orders", who: "client", goal: true },
      { label: `an order page (${facts.versions} versions, ${facts.comments} comments)`, path: `/orders/${facts.order}`, who: "client", goal: true },
      { label: "admin orders", path: "/admin/orders", who: "admin", goal: true },
      { label: "admin payments", path: "/admin/payments", who: "admin", goal: true },
      { label: "review queue", path: "/admin/review", who: "admin", goal: false },
      { label: "admin overview", path: "/admin", who: "admin", goal: false },
      // The lightest page there is (no list, no letter): what any page costs in this framework here.
      { label: "reference: the price list", path: "/pricing", who: "client", goal: false },
    ];
    const bare = "/api/health";
    // Warm up: every route compiled and cached by Node, the database's pages in memory.
    for (const page of pages) for (let i = 0; i < 5; i++) await fetch(BASE + page.path, { headers: { cookie: cookies[page.who] } }).then((r) => r.text());
    const idleMb = memoryMb(pid);
    let peakMb = idleMb;
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, memoryMb(pid))), 500);

    const rows: string[] = [];
    let allMet = true;
    for (const page of pages) {
      const res = await fetch(BASE + page.path, { headers: { cookie: cookies[page.who] } });
      const html = await res.text();
      if (!res.ok || res.redirected) throw new Error(`${page.path} answered ${res.status}${res.redirected ? " (redirected)" : ""}`);
      const bytes = Buffer.byteLength(html);
      const pairs: { bare: Load; page: Load }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const baseline = await load(BASE + bare, cookies[page.who], pid);
        const subject = await load(BASE + page.path, cookies[page.who], pid);
        pairs.push({ bare: baseline, page: subject });
        console.log(
          `  ${page.path}: ${subject.rps.toFixed(0)}/s p99 ${subject.p99} ms ${subject.cpuMs.toFixed(1)} ms CPU beside ${baseline.rps.toFixed(0)}/s p99 ${baseline.p99} ms ${baseline.cpuMs.toFixed(1)} ms CPU`,
        );
      }
      const ratio = median(pairs.map((p) => p.page.rps / p.bare.rps));
      const p99 = median(pairs.map((p) => p.page.p99));
      const cpu = (side: "page" | "bare") => median(pairs.map((p) => p[side].cpuMs)).toFixed(1);
      const failures = pairs.reduce((sum, p) => sum + p.page.failures + p.bare.failures, 0);
      const met = ratio >= GOALS.ratio && p99 <= GOALS.p99Ms && bytes <= GOALS.htmlBytes && failures === 0;
      if (page.goal) allMet &&= met;
      rows.push(
        `| ${page.label} \`${page.path.replace(facts.order, "<id>")}\` | ${(bytes / 1024).toFixed(1)} KB | ${median(pairs.map((p) => p.page.rps)).toFixed(0)} | ${median(pairs.map((p) => p.bare.rps)).toFixed(0)} | ${(ratio * 100).toFixed(0)} % | ${p99} ms | ${median(pairs.map((p) => p.bare.p99))} ms | ${cpu("page")} ms | ${cpu("bare")} ms | ${failures} | ${page.goal ? verdict(met) : "(no goal)"} |`,
      );
    }
    clearInterval(sampler);
    // The order page's letter loads from its own URL once the page is there (and the browser keeps it).
    const orderHtml = await fetch(`${BASE}/orders/${facts.order}`, { headers: { cookie: cookies.client } }).then((r) => r.text());
    const pagesUrl = orderHtml.match(/\/api\/letter-pages\/[\w-]+\?look=\w+(?:&amp;|\\u0026|&)token=[\w.-]+/)?.[0].replace(/\\u0026|&amp;/g, "&");
    const letterKb = pagesUrl ? Buffer.byteLength(await fetch(BASE + pagesUrl, { headers: { cookie: cookies.client } }).then((r) => r.text())) / 1024 : null;
    const cpuAtEnd = cpuSeconds(pid);
    await new Promise((r) => setTimeout(r, 5_000));
    const cpuAfter = cpuSeconds(pid) - cpuAtEnd;
    const afterMb = memoryMb(pid);

    return `Production server (\`next start\`) on PostgreSQL 15 with the scale data set (${facts.orders.toLocaleString("en")} orders; \`npm run bench:seed\`),
${CONNECTIONS} concurrent connections for ${SECONDS} s per measurement (autocannon), ${ROUNDS} rounds alternating each page with the bare
route \`/api/health\` (the session and one indexed query) as the same signed-in person; medians. Load generator and server share the machine.
Server CPU per page is the server's CPU time (user + system) over the measurement divided by the requests it completed:
what a page costs whatever else the machine is doing.

| page | HTML (goal ≤ 200 KB) | pages/s | bare route/s | ratio (goal ≥ 30 %) | p99 (goal ≤ 100 ms) | bare route's p99 | server CPU per page | per bare request | failed requests | goals |
|---|---|---|---|---|---|---|---|---|---|---|
${rows.join("\n")}

All five goal pages: ${verdict(allMet)}.
${letterKb === null ? "" : `\nThe order page's letter in handwriting is not in its HTML: the page names a signed URL for its SVG pages (${letterKb.toFixed(0)} KB), loaded after the page and cached by the browser.\n`}
Server memory (resident, process tree): ${idleMb.toFixed(0)} MB idle after warm-up, ${peakMb.toFixed(0)} MB at the peak under load, ${afterMb.toFixed(0)} MB 5 s after the load ended.
CPU used by the server in the 5 s after the last request: ${cpuAfter.toFixed(2)} s (work left over for clients that have gone).`;
  } finally {
    server.kill("SIGTERM");
  }
}

export default { title: "Pages at 100,000 orders", run } satisfies Suite;
