import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // server-only guards Next bundles; under vitest the modules are plain server code.
  "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // PGlite takes ~300 MB per instance: two files at a time on a 2-core machine.
    maxWorkers: 2,
    projects: [
      // Timeouts are generous on purpose: they catch hangs, not slowness. The machine is shared, and
      // under load harper.js' first linter start-up alone has taken 35 s.
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          globalSetup: ["tests/helpers/workers-global-setup.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/helpers/database-global-setup.ts", "tests/helpers/workers-global-setup.ts"],
          hookTimeout: 120_000,
          testTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/server-global-setup.ts"],
          hookTimeout: 120_000,
          testTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
