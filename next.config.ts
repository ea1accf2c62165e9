import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native or file-reading packages must be loaded by Node at run time, not bundled:
  // PGlite loads its WASM and data files, pdfkit its font metrics, argon2 a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "pdfkit", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default nextConfig;
