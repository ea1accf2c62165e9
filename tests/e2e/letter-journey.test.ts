// The walking skeleton's journey through the real UI of the production build: a client orders
// a letter, a writer drafts it, the editor sends it, the client asks for changes and then
// approves it, downloads the PDF, and the admin compiles it into a book.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addRecipient, asUser, claimFromPool, confirmStep, expectLetterText, expectText, launchBrowser, payOffline, sendToClient, submitForReview, writeLetter } from "./browser";

const hasChromium = inject("hasChromium");
const baseUrl = inject("baseUrl");

describe.skipIf(!hasChromium)("a letter's whole journey", () => {
  let browser: Browser;
  const recipient = `Beatrice Lowell ${Date.now() % 100000}`;
  let orderPath = "";

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const as = (email: string, run: (page: Page) => Promise<void>) => asUser(browser, baseUrl, email, run);

  it("client adds a recipient, briefs a letter with two memories and pays offline", async () => {
    await as("client@example.com", async (page) => {
      await addRecipient(page, recipient, "Grandmother", { line1: "3 Orchard Row", city: "Bath" });

      await page.goto("/orders/new");
      await page.getByLabel("Recipient").selectOption({ label: recipient });
      await page.getByLabel("Occasion").selectOption("birthday");
      await page.getByLabel("Relationship").fill("My grandmother");
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByLabel("Memory 1").fill("Picking blackberries along the canal");
      await page.getByRole("button", { name: "Add a memory" }).click();
      await page.getByLabel("Memory 2").fill("Her stories about the dance hall");
      await page.getByLabel("Sign-off").fill("Love always, Clara");
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByLabel("PDF by email").check();
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByRole("button", { name: "Continue to payment" }).click();

      orderPath = await payOffline(page);
    });
  });

  it("writer claims it from the pool, saves two versions and submits it", async () => {
    await as("writer@example.com", async (page) => {
      await claimFromPool(page, recipient);
      await writeLetter(page, `Dear Grandma Beatrice,\n\nDo you remember picking blackberries along the canal?`);
      await page.getByRole("button", { name: "Save version" }).click();
      await expectText(page, /version 1/i);
      await writeLetter(
        page,
        `Dear Grandma Beatrice,\n\nDo you remember picking blackberries along the canal? And your stories about the dance hall still make me smile.\n\nLove always, Clara`,
      );
      await page.getByRole("button", { name: "Save version" }).click();
      await expectText(page, /version 2/i);
      await submitForReview(page);
    });
  });

  it("editor reads it and sends it to the client", async () => {
    await as("editor@example.com", async (page) => {
      await sendToClient(page, recipient, () => expectLetterText(page, "dance hall"));
    });
  });

  it("client reads it in handwriting and asks for a change", async () => {
    await as("client@example.com", async (page) => {
      await page.goto(orderPath);
      await expectLetterText(page, "blackberries");
      await page.getByLabel("What would you like changed?").fill("Please mention her garden too.");
      await page.getByRole("button", { name: "Request changes" }).click();
      await expectText(page, "Changes requested");
    });
  });

  it("writer revises, the editor sends it again, and the client approves and downloads the PDF", async () => {
    await as("writer@example.com", async (page) => {
      await page.goto(`/desk/${orderPath.split("/").pop()}`);
      await expectText(page, "Please mention her garden too.");
      await writeLetter(
        page,
        `Dear Grandma Beatrice,\n\nDo you remember picking blackberries along the canal? Your garden is still the loveliest place I know, and your stories about the dance hall still make me smile.\n\nLove always, Clara`,
      );
      await page.getByRole("button", { name: "Save version" }).click();
      await expectText(page, /version 3/i);
      await submitForReview(page);
    });
    await as("editor@example.com", async (page) => {
      await sendToClient(page, recipient);
    });
    await as("client@example.com", async (page) => {
      await page.goto(orderPath);
      await expectLetterText(page, "garden");
      await confirmStep(page, "Approve letter", "Approve and deliver");
      await expectText(page, "Approved");
      const pdfUrl = await page.getByRole("link", { name: "Download PDF" }).getAttribute("href");
      const response = await page.request.get(pdfUrl!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/pdf");
      expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
      await page.getByLabel("Allow us to include this letter in a published collection").check();
      await page.getByRole("button", { name: /save|allow|consent/i }).first().click();
    });
  });

  it("admin sees every order and compiles the approved letters into a book", async () => {
    await as("admin@example.com", async (page) => {
      await page.goto("/admin/orders");
      await expectText(page, recipient);
      await page.goto("/admin/collections");
      await page.getByLabel("Title", { exact: true }).fill("Letters of the Year");
      for (const box of await page.getByRole("checkbox").all()) await box.check();
      await page.getByRole("button", { name: "Create collection" }).click();
      await page.waitForURL(/\/admin\/collections\/[0-9a-f-]+$/);
      await page.getByRole("button", { name: "Compile book" }).click();
      const link = page.getByRole("link", { name: "Download interior PDF" });
      await link.waitFor({ timeout: 60_000 });
      const response = await page.request.get((await link.getAttribute("href"))!);
      expect(response.status()).toBe(200);
      expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
    });
  });
});
