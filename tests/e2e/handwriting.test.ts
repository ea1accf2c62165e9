// The letter in the recipient's hands, through the real UI: names in three scripts in the brief's
// live sample, the same lines and pages in the reader and the downloaded PDF, then an admin prints
// the letter in a batch with its envelope and mails it with a tracking reference the client sees.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pdfBoxes, pdfLetterLines, pdfPages, squeezed } from "../helpers/poppler";
import { addRecipient, asUser, claimFromPool, confirmStep, expectLetterText, expectText, launchBrowser, payOffline, sendToClient, submitForReview, writeLetter } from "./browser";

const baseUrl = inject("baseUrl");
const hasChromium = inject("hasChromium");

/** The written lines of each page of the handwritten letter, from its invisible text layer. */
const readerLines = (page: Page) =>
  page
    .getByRole("article", { name: /letter/i })
    .first()
    .evaluate((article) =>
      [...article.querySelectorAll("svg")].map((svg) => [...svg.querySelectorAll("g[data-line]")].map((line) => [...line.querySelectorAll("text")].map((t) => t.textContent!.trim()).join(" "))),
    );

describe.skipIf(!hasChromium)("a letter in handwriting, from brief to mailbox", () => {
  let browser: Browser;
  const recipient = `Zoë Nakamura ${Date.now() % 100000}`;
  // A real letter of the ordered length (a "Letter", 200–400 words), so the writer's checklist
  // has nothing to say about its length and the page breaks are those of a letter people order.
  const letter = [
    "Dear Zoë,",
    "I still smile when I think of Łukasz's birthday dinner in 東京, and the paper lanterns along the river that night. You had planned every detail for weeks, and still you pretended it was all a happy accident when the waiter brought out that enormous cake with his name piped across the top in wobbly blue icing. Łukasz laughed so hard that he nearly knocked over the teapot, and you caught it without even looking up from your story.",
    "I have been thinking about that evening a great deal this autumn. So much has changed since then: new jobs, new cities, a few grey hairs that neither of us will mention. But whenever I remember the three of us walking back to the hotel through the quiet streets, with the trains rumbling somewhere overhead and the shops closing their shutters one by one, I feel as though no time has passed at all.",
    "You have always been the friend who remembers the small things. You sent me a postcard when I started my new job, you called on the day my father went into hospital, and you never once made me feel that I owed you anything in return. I do not say it often enough, so I am writing it down where you can keep it: thank you for being exactly who you are.",
    "Next spring I would love to go back to 東京 with you, if you can bear another long flight. We could find that little restaurant again, order far too much food, and raise a glass to Łukasz and to all the years still ahead of us.",
    "With love,\nClara",
  ].join("\n\n");
  let orderPath = "";

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const as = (email: string, run: (page: Page) => Promise<void>) => asUser(browser, baseUrl, email, run);

  it("client briefs a mailed letter and sees Zoë, Łukasz and 東京 in the live sample", async () => {
    await as("client@example.com", async (page) => {
      await addRecipient(page, recipient, "Old friend", { line1: "12 Elm Street", city: "Springfield" });
      await page.goto("/orders/new");
      await page.getByLabel("Recipient").selectOption({ label: recipient });
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByLabel("Memory 1").fill("Łukasz's birthday dinner in 東京");
      await page.getByLabel("Sign-off").fill("With love, Clara");
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByLabel("Printed and mailed").check();
      // The sample is the engine's own drawing of these words, in the chosen hand.
      await page.getByLabel("Handwriting").selectOption("kalam");
      await expect.poll(() => page.getByRole("article", { name: "Sample of your letter" }).textContent(), { timeout: 15_000 }).toMatch(/Zoë.*Łukasz's.*東京/s);
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByRole("button", { name: "Continue to payment" }).click();
      orderPath = await payOffline(page);
    });
  });

  it("the reader shows the same lines and pages as the downloaded PDF", async () => {
    await as("writer@example.com", async (page) => {
      await claimFromPool(page, recipient);
      await writeLetter(page, letter);
      await page.getByRole("button", { name: "Save version" }).click();
      await expectText(page, /version 1/i);
      await submitForReview(page);
    });
    await as("editor@example.com", async (page) => {
      await sendToClient(page, recipient, () => expectLetterText(page, "東京"));
    });
    await as("client@example.com", async (page) => {
      await page.goto(orderPath);
      await expectLetterText(page, "Łukasz");
      await confirmStep(page, "Approve letter", "Approve and print");
      await expectText(page, "Approved");
      const shown = await readerLines(page);
      expect(shown.flat()[0]).toBe("Dear Zoë,");
      const pdfUrl = await page.getByRole("link", { name: "Download PDF" }).getAttribute("href");
      const pdf = await (await page.request.get(pdfUrl!)).body();
      expect(pdfLetterLines(pdf)).toEqual(shown.map((lines) => lines.map(squeezed)));
    });
  });

  it("an admin prints it in a batch with its envelope and mails it; the client sees the tracking reference", async () => {
    await as("admin@example.com", async (page) => {
      await page.goto("/admin/fulfilment");
      await page.getByRole("button", { name: "Make a US Letter print batch" }).click();
      // The letter leaves the queue for its new batch.
      const batch = page.getByRole("region", { name: /^Batch \d+/ }).filter({ hasText: recipient }).first();
      await batch.waitFor();
      // The batch PDF is built by a background job; the page follows it until the download is there.
      const download = batch.getByRole("link", { name: "Download batch PDF" });
      await download.waitFor({ timeout: 90_000 });
      const pdf = await (await page.request.get((await download.getAttribute("href"))!)).body();
      const { boxes } = pdfBoxes(pdf);
      // The batch sheet, the letters on US Letter, and #10 envelopes after them.
      expect(boxes.filter((b) => b.media[2] === 684)).not.toHaveLength(0);
      expect(pdfPages(pdf).join(" ").replace(/\s+/g, "")).toContain(squeezed(recipient));
      await batch.getByRole("button", { name: "Mark batch printed" }).click();
      const tracking = page.getByLabel(`Tracking reference for ${recipient}`);
      await tracking.waitFor();
      await tracking.fill("RR123456785US");
      await tracking.locator("xpath=ancestor::form").getByRole("button", { name: "Mark mailed" }).click();
      await expectText(page, "Tracking RR123456785US");
    });
    await as("client@example.com", async (page) => {
      await page.goto(orderPath);
      await expectText(page, "Mailed · tracking reference RR123456785US");
    });
  });
});
