// The production server the load benchmarks run against, and how they sign in and watch it.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3221);
export const BASE = `http://127.0.0.1:${PORT}`;

/** Signs in through next-auth's credentials endpoint, as the browser does; returns the cookie header. */
export async function signIn(email: string, password = "letters-demo"): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: BASE }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Could not sign in as ${email} (HTTP ${res.status}).`);
  return session.split(";")[0];
}

/** Resident memory of the server and its child processes, in MB. */
export function memoryMb(pid: number): number {
  const table = execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, parent] of table) if (tree.has(parent) && !tree.has(p)) grew = tree.add(p).size > 0;
  }
  return table.filter(([p]) => tree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
}

/** CPU seconds the server process has used so far (user + system). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export async function startServer(databaseUrl: string): Promise<ChildProcess> {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.log("  no production build: running next build…");
    execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" }); // the worker bundle, then next build
  }
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      APP_URL: BASE,
      NEXTAUTH_SECRET: "bench-only-secret-not-for-production",
      SEED_DEMO: "false",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout?.on("data", (d) => (output += d));
  server.stderr?.on("data", (d) => (output += d));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The server exited while starting:\n${output}`);
    const up = await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false);
    if (up) return server;
    if (Date.now() > deadline) throw new Error(`The server did not start within 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
