// The writer's desk through the real UI of the production build: a writer claims an order, drafts
// it with the offline composer, rewrites a passage, fixes a flagged misspelling and submits once
// the checklist is clean; the editor returns it with a note, the writer revises, and the editor
// sends it to the client, who reads it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addRecipient, asUser, claimFromPool, confirmStep, expectLetterText, expectText, launchBrowser, payOffline, sendToClient, submitForReview } from "./browser";

const hasChromium = inject("hasChromium");
const baseUrl = inject("baseUrl");

describe.skipIf(!hasChromium)("the writer's desk", () => {
  let browser: Browser;
  // Its own order, so other journeys claiming from the pool never take it.
  const recipient = `Rosalind Ashworth ${Date.now() % 100000}`;
  let orderPath = "";
  let deskPath = "";

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const as = (email: string, run: (page: Page) => Promise<void>) => asUser(browser, baseUrl, email, run);

  // Streaming and saving take a few seconds: wait for them, as long as a locator would.
  const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });

  /** Saves with the button and waits until the status says the text on screen is saved. */
  async function saveVersion(page: Page) {
    await page.getByRole("button", { name: "Save version" }).click();
    await poll(() => page.locator(".save-status").textContent()).toMatch(/^Saved · version \d+$/);
  }

  const letter = (page: Page) => page.getByLabel("Letter", { exact: true });

  it("client orders a birthday letter with two memories and pays offline", async () => {
    await as("client@example.com", async (page) => {
      await addRecipient(page, recipient, "Aunt", { line1: "9 Mill Street", city: "York" });

      await page.goto("/orders/new");
      await page.getByLabel("Recipient").selectOption({ label: recipient });
      await page.getByLabel("Occasion").selectOption("birthday");
      await page.getByLabel("Relationship").fill("My aunt");
      // The brief is a form in steps: recipient, tone, memories, delivery, review.
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByLabel("Memory 1").fill("Picking apples in the orchard behind the house");
      await page.getByRole("button", { name: "Add a memory" }).click();
      await page.getByLabel("Memory 2").fill("Her songs at the piano on winter evenings");
      await page.getByLabel("Sign-off").fill("Love always, Clara");
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByLabel("PDF by email").check();
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByRole("button", { name: "Continue to payment" }).click();

      orderPath = await payOffline(page);
    });
  });

  it("writer claims it, drafts offline, rewrites a passage, fixes a misspelling and submits a clean letter", async () => {
    await as("writer@example.com", async (page) => {
      await claimFromPool(page, recipient);
      deskPath = new URL(page.url()).pathname;

      // The offline composer: greeting by name, each memory, the sign-off; saved as an AI version.
      await expectText(page, "Offline composer — no AI service configured");
      await page.getByRole("button", { name: "Draft from the brief" }).click();
      await poll(() => letter(page).inputValue()).toContain("Love always,");
      const draft = await letter(page).inputValue();
      expect(draft).toMatch(/^Dear Rosalind,/);
      expect(draft).toContain("picking apples in the orchard");
      await poll(() => page.locator(".save-status").textContent()).toMatch(/^Saved · version \d+$/);

      // Select the opening paragraph and make it warmer.
      const opening = draft.split("\n\n")[1];
      await letter(page).evaluate((el: HTMLTextAreaElement, passage) => {
        el.focus();
        el.selectionStart = el.value.indexOf(passage);
        el.selectionEnd = el.selectionStart + passage.length;
      }, opening);
      await page.getByLabel("How", { exact: true }).selectOption("warmer");
      await page.getByRole("button", { name: "Rewrite the selection" }).click();
      await poll(() => letter(page).inputValue()).not.toBe(draft);
      const rewritten = await letter(page).inputValue();
      expect(rewritten).not.toContain(opening + "\n\n");
      expect(rewritten.startsWith("Dear Rosalind,")).toBe(true);
      // The rewrite is saved as an AI version before the writer types on.
      await poll(() => page.locator(".save-status").textContent()).toMatch(/^Saved · version \d+$/);

      // A misspelling: the checklist holds the letter back until it is fixed.
      await letter(page).fill(rewritten.replace("\n\nLove always,", " I recieve your letters with joy.\n\nLove always,"));
      await saveVersion(page);
      await expectText(page, "1 open spelling suggestion");
      await poll(() => page.getByLabel("Reason for submitting anyway").isVisible()).toBe(true);

      await page.getByRole("button", { name: "Check the letter" }).click();
      const suggestion = page.getByRole("listitem").filter({ hasText: "recieve" }).filter({ has: page.getByRole("button", { name: "Accept" }) });
      await suggestion.getByRole("button", { name: "Accept" }).click();
      await poll(() => letter(page).inputValue()).toContain("I receive your letters with joy.");
      await saveVersion(page);
      await expectText(page, "No open spelling suggestions");

      // The offline draft is already within the 200–400 words ordered: nothing to answer.
      await expectText(page, /Length: \d+ words \(ordered 200–400\)/);
      expect(await page.getByLabel("Reason for submitting anyway").isVisible()).toBe(false);
      await submitForReview(page);
    });
  });

  it("editor returns it with a note", async () => {
    await as("editor@example.com", async (page) => {
      await page.goto("/admin/review");
      await page.getByRole("row").filter({ hasText: recipient }).getByRole("link", { name: "Review" }).click();
      await expectText(page, "I receive your letters with joy.");
      await page.getByLabel("Note for the writer").fill("Lovely. Please add that you will ring her on Sunday.");
      expect(await confirmStep(page, "Return to writer", "Yes, return it")).toContain("goes back to its writer");
      await page.waitForURL((url) => url.pathname === "/admin/review");
    });
  });

  it("writer reads the note, revises and submits again", async () => {
    await as("writer@example.com", async (page) => {
      await page.goto(deskPath);
      await expectText(page, "Please add that you will ring her on Sunday.");
      const before = await letter(page).inputValue();
      await letter(page).fill(before.replace("\n\nLove always,", "\n\nI will ring you on Sunday.\n\nLove always,"));
      await saveVersion(page);
      await expectText(page, "No open spelling suggestions");
      await submitForReview(page);
    });
  });

  it("editor sends it to the client, who reads it", async () => {
    await as("editor@example.com", async (page) => {
      await sendToClient(page, recipient, () => expectLetterText(page, "I will ring you on Sunday."));
    });
    await as("client@example.com", async (page) => {
      await page.goto(orderPath);
      await expectLetterText(page, "I will ring you on Sunday.");
    });
  });
});
