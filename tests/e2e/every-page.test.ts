// Every page, for every role, at desktop and phone width: axe-core finds no serious or critical
// violation, and nothing makes the page wider than a 390 px phone. A full-page screenshot of each
// is kept in tests/.artifacts/screens/ for a person to look at.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkPage, SCREENS_DIR, type PageProblem } from "./check-page";
import { launchBrowser, signedInPage } from "./browser";

const hasChromium = inject("hasChromium");
const baseUrl = inject("baseUrl");

/** The first link on a list page whose address matches, as a path (none when the list is empty). */
async function firstLink(page: Page, listPath: string, pattern: RegExp): Promise<string[]> {
  await page.goto(listPath);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  return hrefs.filter((h) => pattern.test(h)).slice(0, 1);
}

const roles: { email: string | null; pages: (page: Page) => Promise<string[]> }[] = [
  { email: null, pages: async () => ["/", "/pricing", "/sign-in", "/sign-up", "/sign-up/check-email", "/verify-email?token=not-a-live-link", "/forgot-password", "/terms", "/privacy", "/contact", "/no-such-page"] },
  {
    email: "client@example.com",
    pages: async (page) => {
      const orders = await firstLink(page, "/orders", /^\/orders\/[0-9a-f-]{36}$/);
      const recipients = await firstLink(page, "/recipients", /^\/recipients\/[0-9a-f-]{36}$/);
      return [
        ...["/orders", "/orders/new", ...orders, ...orders.map((o) => `${o}/receipt`)],
        ...["/recipients", "/recipients/new", "/recipients/import", ...recipients, ...recipients.map((r) => `${r}/edit`)],
        "/account",
      ];
    },
  },
  { email: "writer@example.com", pages: async (page) => ["/desk", ...(await firstLink(page, "/desk", /^\/desk\/[0-9a-f-]{36}$/)), "/notifications", "/account"] },
  { email: "editor@example.com", pages: async (page) => ["/admin/review", ...(await firstLink(page, "/admin/review", /^\/admin\/review\/[0-9a-f-]{36}$/)), "/notifications"] },
  {
    email: "admin@example.com",
    pages: async (page) => [
      "/admin",
      "/admin/orders",
      ...(await firstLink(page, "/admin/orders", /^\/admin\/orders\/[0-9a-f-]{36}$/)),
      "/admin/payments",
      "/admin/outbox",
      "/admin/collections",
      ...(await firstLink(page, "/admin/collections", /^\/admin\/collections\/[0-9a-f-]{36}$/)),
    ],
  },
];

describe.skipIf(!hasChromium)("every page, desktop and phone", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SCREENS_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const role of roles) {
    it(`${role.email ?? "a visitor"}: axe-clean and no wider than the phone`, async () => {
      const problems: PageProblem[] = [];
      const page = role.email ? await signedInPage(browser, baseUrl, role.email) : await (await browser.newContext({ baseURL: baseUrl })).newPage();
      try {
        for (const path of await role.pages(page)) {
          for (const width of [1280, 390]) problems.push(...(await checkPage(page, path, width, role.email?.split("@")[0] ?? "visitor")));
        }
      } finally {
        await page.context().close();
      }
      expect(problems).toEqual([]);
    });
  }
});
