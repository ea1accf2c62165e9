// Starts the production build (`next build` ran just before) on its own port and its own fresh
// embedded database, so the journeys run through the real UI exactly as a user gets it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH } from "./browser";

const PORT = Number(process.env.E2E_PORT ?? 3107);

export default async function setup(project: TestProject) {
  const hasChromium = existsSync(CHROMIUM_PATH);
  project.provide("hasChromium", hasChromium);
  project.provide("baseUrl", `http://127.0.0.1:${PORT}`);
  if (!hasChromium) {
    const message = `Chromium is not installed at ${CHROMIUM_PATH}: the browser tests cannot run (apt-get install -y chromium).`;
    if (process.env.CI === "true") throw new Error(message);
    console.warn(`\n${"!".repeat(100)}\n!! SKIPPING END-TO-END TESTS. ${message}\n${"!".repeat(100)}\n`);
    return;
  }
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `next build` first (npm run test:e2e does, with the worker bundle).");

  const dataDir = path.resolve("tests/.artifacts/e2e-pglite");
  rmSync(dataDir, { recursive: true, force: true });
  const server: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      PGLITE_DIR: dataDir,
      // A fresh machine: no public address, so sign-out must keep the visitor on 127.0.0.1.
      APP_URL: "",
      NEXTAUTH_URL: "",
      FILES_DIR: path.resolve("tests/.artifacts/e2e-files"),
      OPENAI_API_KEY: "",
      STRIPE_SECRET_KEY: "",
      SMTP_URL: "",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout?.on("data", (d) => (output += d));
  server.stderr?.on("data", (d) => (output += d));

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The app exited while starting:\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/sign-in`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The app did not start within 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return async () => {
    server.kill("SIGTERM");
    if (process.env.E2E_SERVER_LOG) console.log(output);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    hasChromium: boolean;
    baseUrl: string;
  }
}
