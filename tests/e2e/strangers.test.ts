// Not allowed looks exactly like not found: another writer, or a client, cannot open the pages,
// downloads or desk of orders that are not theirs.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signedInPage } from "./browser";

const hasChromium = inject("hasChromium");
const baseUrl = inject("baseUrl");

describe.skipIf(!hasChromium)("strangers get not found", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The demo client's order ids, as the admin sees them. */
  async function clientOrderIds(): Promise<string[]> {
    const page = await signedInPage(browser, baseUrl, "admin@example.com");
    await page.goto("/admin/orders");
    const hrefs = await page.locator('a[href^="/admin/orders/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    await page.context().close();
    return [...new Set(hrefs.map((h) => h.split("/").pop()!).filter((id) => /^[0-9a-f-]{36}$/.test(id)))];
  }

  it("a second writer cannot open the first writer's letters, and the client cannot open the desk", async () => {
    const ids = await clientOrderIds();
    expect(ids.length).toBeGreaterThan(0);
    const writer2 = await signedInPage(browser, baseUrl, "writer2@example.com");
    await writer2.goto("/desk");
    const visible = await writer2.locator('a[href^="/desk/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    for (const id of ids.filter((id) => !visible.some((href) => href.endsWith(id)))) {
      const response = await writer2.goto(`/desk/${id}`);
      expect(response?.status(), `writer2 opening /desk/${id}`).toBe(404);
      const pdf = await writer2.request.get(`/api/orders/${id}/letter.pdf`);
      expect(pdf.status()).toBe(404);
    }
    await writer2.context().close();

    const client = await signedInPage(browser, baseUrl, "client@example.com");
    for (const path of [`/desk/${ids[0]}`, `/admin/orders/${ids[0]}`, `/admin/review/${ids[0]}`]) {
      await client.goto(path);
      // Another role's pages send a client to their own letters, showing nothing of the order.
      expect(new URL(client.url()).pathname).toBe("/orders");
    }
    await client.context().close();
  });
});
