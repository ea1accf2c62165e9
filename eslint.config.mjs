import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "next-env.d.ts", "tests/.artifacts/**", "bench/.out/**", "lib/pool/*.worker.mjs"]),
]);
