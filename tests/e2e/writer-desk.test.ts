// The writer's desk through the real UI of the production build: a writer claims an order, drafts
// it with the offline composer, rewrites a passage, fixes a flagged misspelling and submits once
// the checklist is clean; the editor returns it with a note, the writer revises, and the editor
// sends it to the client, who reads it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  addRecipient,
  asUser,
  claimFromPool,
  confirmStep,
  expectLetterText,
  expectText,
  launchBrowser,
  letterEditor,
  letterText,
  payOffline,
  saveVersion,
  sendToClient,
  submitForReview,
  writeLetter,
} from "./browser";

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

  /** Selects a passage of the letter as a writer dragging over it would. */
  async function selectInLetter(page: Page, passage: string) {
    await letterEditor(page).evaluate((editor, wanted) => {
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        (editor as HTMLElement).focus();
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in one line of the letter`);
    }, passage);
  }

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
      await poll(() => letterText(page)).toContain("Love always,");
      const draft = await letterText(page);
      expect(draft).toMatch(/^Dear Rosalind,/);
      expect(draft).toContain("picking apples in the orchard");
      await poll(() => page.locator(".save-status").textContent()).toMatch(/^Saved · version \d+$/);

      // Select the opening paragraph and make it warmer.
      const opening = draft.split("\n\n")[1];
      await selectInLetter(page, opening);
      await page.getByLabel("How", { exact: true }).selectOption("warmer");
      await page.getByRole("button", { name: "Rewrite the selection" }).click();
      await poll(() => letterText(page)).not.toBe(draft);
      const rewritten = await letterText(page);
      expect(rewritten).not.toContain(opening + "\n\n");
      expect(rewritten.startsWith("Dear Rosalind,")).toBe(true);
      // The rewrite is saved as an AI version before the writer types on.
      await poll(() => page.locator(".save-status").textContent()).toMatch(/^Saved · version \d+$/);

      // A misspelling: the checklist holds the letter back until it is fixed.
      await writeLetter(page, rewritten.replace("\n\nLove always,", " I recieve your letters with joy.\n\nLove always,"));
      await saveVersion(page);
      await expectText(page, "1 open spelling suggestion");
      await poll(() => page.getByLabel("Reason for submitting anyway").isVisible()).toBe(true);

      // It is underlined where it is, and listed beside the letter; a click on it offers the fix.
      const mark = page.locator(".letter-text .text-mark", { hasText: "recieve" });
      await poll(() => mark.count()).toBe(1);
      const listed = page.getByRole("listitem").filter({ hasText: "recieve" }).filter({ has: page.getByRole("button", { name: "Accept" }) });
      await listed.waitFor();
      await mark.click();
      const box = page.getByRole("group", { name: "Spelling suggestion" });
      await box.getByRole("button", { name: "Accept “receive”" }).click();
      await poll(() => letterText(page)).toContain("I receive your letters with joy.");
      await poll(() => mark.count()).toBe(0);
      expect(await listed.count()).toBe(0);
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
      const before = await letterText(page);
      await writeLetter(page, before.replace("\n\nLove always,", "\n\nI will ring you on Sunday.\n\nLove always,"));
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
