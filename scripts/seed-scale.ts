// `npm run bench:seed`: a fresh PostgreSQL database with the scale data set (bench/scale-data.ts):
// the demo accounts, then 100,000 orders with their versions, comments, payments, emails and
// audit trail. It replaces the database named in BENCH_DATABASE_URL (default: bhl_bench on the
// local server), so it can be run again at any time.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { benchDatabaseUrl } from "@/bench/bench-database";
import { FULL_SCALE, seedScaleData } from "@/bench/scale-data";
import type { Db } from "@/lib/db/client";
import { migratePostgres } from "@/lib/db/migrate";
import { prepareJobQueues } from "@/lib/jobs/job-queue";
import * as schema from "@/lib/db/schema";
import { seedDemo } from "@/lib/db/seed";

const url = new URL(benchDatabaseUrl());
const name = url.pathname.slice(1);
if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
const server = new URL(url);
server.pathname = "/postgres";

const started = Date.now();
const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${name} with (force)`);
await admin.unsafe(`create database ${name}`);
await admin.end();
await migratePostgres(url.toString());

const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
const db = drizzle(client, { schema }) as unknown as Db;
await prepareJobQueues(db); // the demo orders send their notifications through the job queue
await seedDemo(db);
console.log(`Seeding ${FULL_SCALE.orders.toLocaleString("en")} orders into ${name}…`);
await seedScaleData(db, FULL_SCALE, (line) => console.log(`  ${line}`));
await client.unsafe("vacuum analyze");
const counts = await client.unsafe(`
  select (select count(*) from orders) as orders, (select count(*) from letter_versions) as versions,
         (select count(*) from comments) as comments, (select count(*) from payments) as payments,
         (select count(*) from audit_log) as audit_rows, (select count(*) from mail_outbox) as emails,
         (select count(*) from users) as users, (select count(*) from recipients) as recipients`);
console.log(Object.entries(counts[0]).map(([k, v]) => `${k} ${Number(v).toLocaleString("en")}`).join(" · "));
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s: DATABASE_URL=${url}`);
await client.end();
