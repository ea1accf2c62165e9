// Growing past one machine: two app instances (JOBS_WORKER=off) and two `npm run worker` processes on
// one PostgreSQL with a shared NEXTAUTH_SECRET and S3-compatible storage (s3rver). Needs Postgres
// (TEST_DATABASE_URL) and the production build; the ports are E2E_PORT + 1 and + 2.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useDatabaseForTests, type Db } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { fileStore } from "@/lib/files/file-store";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { startS3Server } from "../helpers/s3-server";

const base = process.env.TEST_DATABASE_URL;
const port = Number(process.env.E2E_PORT ?? 3107);
const apps = [`http://127.0.0.1:${port + 1}`, `http://127.0.0.1:${port + 2}`];
const JOBS = 1000;

async function waitFor<T>(what: string, check: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Signs in through next-auth's credentials endpoint on one instance; returns the cookie header. */
async function signIn(app: string, email: string): Promise<string> {
  const csrf = await fetch(`${app}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${app}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: "letters-demo", json: "true", callbackUrl: app }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Could not sign in as ${email} at ${app} (HTTP ${res.status}).`);
  return session.split(";")[0];
}

describe.skipIf(!base)("scale-out on PostgreSQL", () => {
  const processes: ChildProcess[] = [];
  const output: string[] = [];
  let db: Db;
  let pg: postgres.Sql;
  let closeAll = async () => {};

  function start(args: string[], env: Record<string, string>) {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout?.on("data", (d) => output.push(String(d)));
    child.stderr?.on("data", (d) => output.push(String(d)));
    processes.push(child);
    return child;
  }

  beforeAll(async () => {
    const name = `bhl_scale_${randomBytes(5).toString("hex")}`;
    const admin = postgres(base!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(base!);
    url.pathname = `/${name}`;
    const s3 = await startS3Server();
    for (const [key, value] of Object.entries(s3.env)) vi.stubEnv(key, value);
    const env = {
      ...s3.env,
      DATABASE_URL: url.toString(),
      NEXTAUTH_SECRET: "scale-out-test-secret-shared-by-every-instance",
      JOBS_WORKER: "off",
      JOBS_POLL_SECONDS: "0.5",
      SEED_DEMO: "true",
      APP_URL: "",
      NEXTAUTH_URL: "",
      NODE_ENV: "production",
    };
    // The first instance migrates and seeds; the others start on a database that is ready.
    const next = (i: number) => ["node_modules/next/dist/bin/next", "start", "-p", String(port + 1 + i), "-H", "127.0.0.1"];
    start(next(0), env);
    await waitFor("the first app instance", async () => ((await fetch(`${apps[0]}/api/health`)).ok ? true : undefined), 120);
    start(next(1), env);
    for (let i = 0; i < 2; i++) start(["node_modules/tsx/dist/cli.mjs", "scripts/worker.ts"], env);
    await waitFor("the second app instance", async () => ((await fetch(`${apps[1]}/api/health`)).ok ? true : undefined), 120);

    pg = postgres(url.toString(), { max: 4, onnotice: () => {} });
    db = drizzle(pg, { schema }) as unknown as Db;
    useDatabaseForTests(db, async () => {}, "postgres");
    closeAll = async () => {
      for (const child of processes) child.kill("SIGTERM");
      await Promise.all(processes.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
      await pg.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
      await s3.close();
      vi.unstubAllEnvs();
      if (process.env.E2E_SERVER_LOG) console.log(output.join(""));
    };
  }, 300_000);
  afterAll(() => closeAll(), 120_000);

  it("keeps a session made on one instance on the other", async () => {
    const cookie = await signIn(apps[0], "client@example.com");
    for (const app of apps) {
      const session = await (await fetch(`${app}/api/auth/session`, { headers: { cookie } })).json();
      expect(session?.user?.email, app).toBe("client@example.com");
    }
  });

  it(`runs ${JOBS} jobs sent by an app instance exactly once across two worker processes`, async () => {
    const [order] = await db
      .select({ id: schema.orders.id })
      .from(schema.orders)
      .innerJoin(schema.users, eq(schema.users.id, schema.orders.clientId))
      .where(eq(schema.users.email, "client@example.com"))
      .limit(1);
    const ids: string[] = [];
    for (let i = 0; i < JOBS; i++) ids.push((await enqueueJob(db, "order.notify", { orderId: order.id, event: "send_to_client" }))!);
    // Jobs the demo data queued at start run too; only these thousand are counted.
    const done = await waitFor(
      "every job",
      async () => {
        const [row] = await pg`select count(*)::int as done from pgboss.job where id in ${pg(ids)} and state = 'completed'`;
        return row.done >= JOBS ? row.done : undefined;
      },
      180,
    );
    expect(done).toBe(JOBS);
    const [runs] = await pg`select count(*)::int as retried from pgboss.job where id in ${pg(ids)} and retry_count > 0`;
    expect(runs.retried).toBe(0); // no job was started twice
    const keys = ids.map((id) => `order.notify:${id}`);
    const mails = await db
      .select({ key: schema.mailOutbox.idempotencyKey })
      .from(schema.mailOutbox)
      .where(inArray(schema.mailOutbox.idempotencyKey, keys));
    expect(mails).toHaveLength(JOBS); // one email per job, none twice (the key is unique)
  });

  it("serves a file written by one process from every instance", async () => {
    const [adminUser] = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, "admin@example.com"));
    const [collection] = await db.insert(schema.collections).values({ title: "Shared letters", createdById: adminUser.id }).returning();
    const key = `exports/${crypto.randomUUID()}/interior.pdf`;
    const bytes = Buffer.from(`%PDF-1.7 written by process ${process.pid}`);
    await fileStore().put(key, bytes);
    const [done] = await db
      .insert(schema.exports)
      .values({ collectionId: collection.id, createdById: adminUser.id, status: "done", progress: 100, files: { interior: { key, bytes: bytes.byteLength } } })
      .returning();
    for (const app of apps) {
      const cookie = await signIn(app, "admin@example.com");
      const res = await fetch(`${app}/api/collections/${collection.id}/exports/${done.id}/interior`, { headers: { cookie } });
      expect(res.status, app).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).toString()).toBe(bytes.toString());
    }
  });
});
