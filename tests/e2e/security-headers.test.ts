// Every response carries the security headers; pages run under a nonce-based CSP and still work;
// a cross-site form cannot change anything. Pages and routes are found from the app/ folder, so a
// new one is checked without being listed here.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { appRoutes } from "../helpers/app-routes";
import { launchBrowser, signedInPage } from "./browser";

const hasChromium = inject("hasChromium");
const baseUrl = inject("baseUrl");

function expectSecurityHeaders(headers: Headers, where: string) {
  expect(headers.get("content-security-policy"), where).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/);
  expect(headers.get("content-security-policy"), where).toContain("frame-ancestors 'none'");
  expect(headers.get("x-frame-options"), where).toBe("DENY");
  expect(headers.get("x-content-type-options"), where).toBe("nosniff");
  expect(headers.get("referrer-policy"), where).toBe("strict-origin-when-cross-origin");
  expect(headers.get("permissions-policy"), where).toContain("camera=()");
  expect(headers.get("strict-transport-security"), where).toBeNull(); // plain http here
}

describe.skipIf(!hasChromium)("security headers and origin checks", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sends the headers on every page and route, signed in or not, found or not", async () => {
    for (const route of appRoutes()) {
      const res = await fetch(`${baseUrl}${route.path}`, { redirect: "manual" });
      expectSecurityHeaders(res.headers, `${route.kind} ${route.path} (${res.status})`);
    }
    const https = await fetch(`${baseUrl}/sign-in`, { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("puts this response's nonce on every script of a page", async () => {
    const res = await fetch(`${baseUrl}/sign-in`);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("pages run in Chromium under the policy without a single violation", async () => {
    const tours: [string, string[]][] = [
      ["client@example.com", ["/orders", "/orders/new", "/recipients", "/account"]],
      ["writer@example.com", ["/desk", "/account"]],
      ["admin@example.com", ["/admin", "/admin/orders", "/admin/payments", "/admin/collections", "/admin/outbox"]],
    ];
    for (const [email, paths] of tours) {
      const page = await signedInPage(browser, baseUrl, email);
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      for (const path of paths) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
      }
      // Client-side navigation only works once React has hydrated, i.e. its scripts were allowed.
      await page.getByRole("link", { name: "Account" }).click();
      await page.waitForURL((url) => url.pathname === "/account");
      expect(violations).toEqual([]);
      await page.context().close();
    }
  });

  it("refuses a cross-site text/plain POST to a route handler, and still serves this site's own", async () => {
    const body = JSON.stringify({ orderId: "00000000-0000-4000-8000-000000000000", key: "x" });
    const crossSite = await fetch(`${baseUrl}/api/proofread/dismiss`, {
      method: "POST",
      headers: { "content-type": "text/plain", origin: "http://127.0.0.1:1" },
      body,
    });
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).error).toMatch(/came from another site/);
    const sameSite = await fetch(`${baseUrl}/api/proofread/dismiss`, { method: "POST", headers: { "content-type": "application/json", origin: baseUrl }, body });
    expect(sameSite.status).toBe(401); // through the origin check, stopped by the sign-in check
  });
});
