import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { contentSecurityPolicy, isCrossSiteWrite } from "@/lib/security/security-headers";
import { appRoutes } from "../helpers/app-routes";

describe("security headers", () => {
  it("allow scripts only with the response's nonce, and no framing", () => {
    const policy = contentSecurityPolicy("abc123", { https: false, dev: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests"); // a plain-http development server keeps working
    expect(contentSecurityPolicy("n", { https: true, dev: false })).toContain("upgrade-insecure-requests");
  });

  it("refuse a state-changing request from another origin, as Next.js does for server actions", () => {
    expect(isCrossSiteWrite("POST", "http://127.0.0.1:9999", "127.0.0.1:3000")).toBe(true); // same site, other port
    expect(isCrossSiteWrite("DELETE", "https://evil.example", "letters.example")).toBe(true);
    expect(isCrossSiteWrite("POST", "null", "letters.example")).toBe(true);
    expect(isCrossSiteWrite("POST", "https://letters.example", "letters.example")).toBe(false);
    expect(isCrossSiteWrite("POST", null, "letters.example")).toBe(false); // no Origin: not a browser form
    expect(isCrossSiteWrite("GET", "https://evil.example", "letters.example")).toBe(false);
  });

  it("cover every page and route handler: the proxy's matcher lets none of them through unchecked", () => {
    const matcher = new RegExp(`^${config.matcher[0]}$`);
    const routes = appRoutes();
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes) expect(matcher.test(route.path), route.path).toBe(true);
  });
});
