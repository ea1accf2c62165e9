// Not allowed looks exactly like not found: another writer, or a client, cannot open the pages,
// downloads or desk of orders that are not theirs.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signedInPage, signUpThroughEmail } from "./browser";

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
      expect((await writer2.request.get(`/api/orders/${id}/letter.png`)).status()).toBe(404);
    }
    await writer2.context().close();

    const client = await signedInPage(browser, baseUrl, "client@example.com");
    for (const path of [`/desk/${ids[0]}`, `/admin/orders/${ids[0]}`, `/admin/review/${ids[0]}`, "/admin/jobs"]) {
      await client.goto(path);
      // Another role's pages send a client to their own letters, showing nothing of the order.
      expect(new URL(client.url()).pathname).toBe("/orders");
    }
    await client.context().close();
  });

  it("the admin sees the background job queues", async () => {
    const admin = await signedInPage(browser, baseUrl, "admin@example.com");
    await admin.goto("/admin/jobs");
    await admin.getByRole("heading", { name: "Background jobs" }).waitFor();
    for (const queue of ["book.compile", "order.notify", "recurring.prepare", "dead-letters"]) {
      expect(await admin.getByRole("cell", { name: queue, exact: true }).count(), queue).toBe(1);
    }
    await admin.context().close();
  });

  it("a newly signed-up client sees none of another client's orders, letters or recipients", async () => {
    // The demo client's recipient pages, as she sees them.
    const owner = await signedInPage(browser, baseUrl, "client@example.com");
    await owner.goto("/recipients");
    const recipientPaths = await owner
      .locator('a[href^="/recipients/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")!).filter((h) => /^\/recipients\/[0-9a-f-]{36}$/.test(h)));
    await owner.context().close();
    expect(recipientPaths.length).toBeGreaterThan(0);
    const orderIds = await clientOrderIds();

    const stranger = await signUpThroughEmail(browser, baseUrl, "Stella Stranger", `stella-${Date.now()}@example.com`, "a long enough password");
    const context = stranger.context();
    expect(await stranger.getByRole("row").count()).toBeLessThanOrEqual(1); // no orders of anyone else's

    for (const id of orderIds) {
      expect((await stranger.goto(`/orders/${id}`))?.status(), `/orders/${id}`).toBe(404);
      expect((await stranger.goto(`/orders/${id}/pay`))?.status(), `/orders/${id}/pay`).toBe(404);
      expect((await stranger.request.get(`/api/orders/${id}/letter.pdf`)).status()).toBe(404);
      expect((await stranger.request.get(`/api/orders/${id}/letter.png`)).status()).toBe(404);
    }
    for (const path of recipientPaths) {
      expect((await stranger.goto(path))?.status(), path).toBe(404);
      expect((await stranger.goto(`${path}/edit`))?.status(), `${path}/edit`).toBe(404);
    }
    await context.close();
  });
});
