// Migrates one template database per engine once; every test file then gets its own copy
// (a PGlite clone of the dumped data folder, or a Postgres database created from the template).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import type { Db } from "../../lib/db/client";

export const ARTIFACTS = path.resolve("tests/.artifacts");

export default async function setup(project: TestProject) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  // The queue's own schema and queues are part of the template, as prepareDatabase makes them at start.
  const { prepareJobQueues } = await import("../../lib/jobs/job-queue");
  const client = await PGlite.create();
  await migrate(drizzle(client), { migrationsFolder: "drizzle" });
  await prepareJobQueues(drizzle(client) as unknown as Db);
  const dump = await client.dumpDataDir("gzip");
  await client.close();
  mkdirSync(ARTIFACTS, { recursive: true });
  const dumpPath = path.join(ARTIFACTS, `pglite-template-${process.pid}.tar.gz`);
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", dumpPath);

  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    project.provide("postgresTemplate", "");
    return;
  }
  const { default: postgres } = await import("postgres");
  const { migratePostgres } = await import("../../lib/db/migrate");
  const { drizzle: drizzlePostgres } = await import("drizzle-orm/postgres-js");
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const template = `bhl_template_${process.pid}`;
  await admin.unsafe(`drop database if exists ${template}`);
  await admin.unsafe(`create database ${template}`);
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${template}`;
  await migratePostgres(templateUrl.toString());
  const templateSql = postgres(templateUrl.toString(), { max: 1, onnotice: () => {} });
  await prepareJobQueues(drizzlePostgres(templateSql) as unknown as Db);
  await templateSql.end();
  project.provide("postgresTemplate", template);
  return async () => {
    await admin.unsafe(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}
