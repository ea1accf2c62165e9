// The client's side of a letter through the real UI, on a desktop and on a 390 px phone: an
// address-book entry, the guided brief with two memories (kept across a reload), paying offline, the
// expected date, reading the draft in handwriting, a comment on a passage, asking for changes (the
// letter stays readable), a revision showing what changed, approval after a confirmation, a receipt,
// and asking for the letter again next year. axe-core checks every page the client sees.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addRecipient, asUser, claimFromPool, confirmStep, expectLetterText, expectText, launchBrowser, payOffline, selectLetterWords, sendToClient, submitForReview, writeLetter } from "./browser";
import { expectAxeClean } from "./check-page";

const hasChromium = inject("hasChromium");
const baseUrl = inject("baseUrl");

const sizes = [
  { name: "desktop", viewport: { width: 1280, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
];

describe.skipIf(!hasChromium).each(sizes)("the client's journey on a $name", ({ viewport }) => {
  let browser: Browser;
  const recipient = `Rosalind Hale ${viewport.width}-${Date.now() % 100000}`;
  let orderPath = "";
  const firstDraft = `Dear Rosalind,\n\nHappy birthday! I still think of the lighthouse picnic, when the wind took our sandwiches and you laughed until you cried. And the night we stayed up for the meteor shower, wrapped in one blanket.\n\nWith love, Tom`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The client reads times in their own zone (New York), not the server's, on this screen size.
  const as = (email: string, run: (page: Page) => Promise<void>) =>
    asUser(browser, baseUrl, email, run, email.startsWith("client") ? { timezoneId: "America/New_York", viewport } : {});

  async function writeAndSubmit(body: string, version: number) {
    await as("writer@example.com", async (page) => {
      if (version > 1) {
        // The writer hears of the change request in the app (the queue delivers it within seconds).
        await page.goto("/notifications");
        const news = page.getByRole("link", { name: new RegExp(`asked for changes to the birthday letter for ${recipient}`) });
        await expect.poll(async () => (await page.reload(), await news.count()), { timeout: 30_000 }).toBeGreaterThan(0);
      }
      await page.goto(`/desk/${orderPath.split("/").pop()}`);
      await writeLetter(page, body);
      await page.getByRole("button", { name: "Save version" }).click();
      await expectText(page, new RegExp(`version ${version}`, "i"));
      await submitForReview(page);
    });
    await as("editor@example.com", async (page) => {
      await sendToClient(page, recipient);
    });
  }

  it("client adds a recipient, fills the guided brief step by step, and pays offline", async () => {
    await as("client@example.com", async (page) => {
      await addRecipient(page, recipient, "Sister");

      await page.goto("/orders/new");
      await expect.poll(() => page.getByRole("button", { name: "Recipient & occasion", exact: true }).getAttribute("aria-current")).toBe("step");
      await page.getByLabel("Recipient").selectOption({ label: recipient });
      await page.getByLabel("Occasion").selectOption("birthday");
      await page.getByLabel("Relationship").fill("My little sister");
      await page.getByRole("button", { name: "Next" }).click();

      // Focus goes to the step's heading, so the next step is announced.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain("Tone & length");
      await page.getByLabel("Tone", { exact: true }).selectOption("Playful");
      await page.getByRole("button", { name: "Next" }).click();

      await page.getByLabel("Memory 1").fill("The lighthouse picnic when the wind took our sandwiches");
      await page.getByRole("button", { name: "Add a memory" }).click();
      await page.getByLabel("Memory 2").fill("Staying up for the meteor shower in one blanket");

      // The brief is kept as it is typed: a reload loses nothing.
      await page.reload();
      await expect.poll(() => page.getByLabel("Memory 2").inputValue()).toBe("Staying up for the meteor shower in one blanket");
      await page.getByRole("button", { name: "Delivery & look", exact: true }).click();
      await page.getByLabel("PDF by email").check();
      await page.getByRole("button", { name: "Back" }).click();
      expect(await page.getByLabel("Memory 1").isVisible()).toBe(true);
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByRole("button", { name: "Next" }).click();
      await expectText(page, "2 memories");
      await expectText(page, "Total");
      await expectAxeClean(page);

      // Forgot the sign-off: the brief opens at that step, with everything typed still there.
      await page.getByRole("button", { name: "Continue to payment" }).click();
      await expectText(page, "Tell us how the letter should be signed.");
      expect(await page.getByRole("button", { name: /^Memories & details/ }).getAttribute("aria-current")).toBe("step");
      expect(await page.getByLabel("Memory 1").inputValue()).toBe("The lighthouse picnic when the wind took our sandwiches");
      await page.getByLabel("Sign-off").fill("With love, Tom");
      await page.getByRole("button", { name: "Review & price", exact: true }).click();
      await page.getByRole("button", { name: "Continue to payment" }).click();

      orderPath = await payOffline(page);

      // Every paid order says when to expect it, here and in the list of letters.
      await expectText(page, "When to expect it");
      await expectText(page, /Expected ready to download: \w{3} \d+, \d{4}/);
      await expectAxeClean(page);
      await page.goto("/orders");
      await expectAxeClean(page);
      const row = page.getByRole("row").filter({ hasText: recipient });
      expect(await row.textContent()).toMatch(/\w{3} \d+, \d{4}$/);
    });
  });

  it("writer drafts it and the editor sends it to the client", async () => {
    await as("writer@example.com", async (page) => {
      await claimFromPool(page, recipient);
    });
    await writeAndSubmit(firstDraft, 1);
  });

  it("client reads the draft in handwriting, comments on a passage and asks for a revision", async () => {
    await as("client@example.com", async (page) => {
      await page.goto(orderPath);
      await expectLetterText(page, "lighthouse picnic");
      await selectLetterWords(page, "the wind took our sandwiches");
      await page.getByRole("button", { name: "Comment on this passage" }).click();
      await expectText(page, "“the wind took our sandwiches”");
      await page.getByLabel("Your comment on this passage").fill("It was actually her hat, not the sandwiches.");
      await page.getByRole("button", { name: "Add comment" }).click();
      await expectText(page, "Your comment is saved with the letter.");
      await expectText(page, "It was actually her hat, not the sandwiches.");
      // Times are the reader's own: New York's zone, named.
      await expectText(page, /Comment · \w{3} \d+, \d{4}, \d+:\d{2} [AP]M E[SD]T/);
      // The server quotes exactly the words the client selected (line breaks and all).
      await expectText(page, "“the wind took our sandwiches”");

      await page.getByLabel("What would you like changed?").fill("Please make it the hat, and mention her new puppy.");
      await page.getByRole("button", { name: "Request changes" }).click();
      await expectText(page, "Changes requested");

      // The letter stays readable, marked as with the writer, with the commented passage marked in it.
      await expectText(page, "With your writer for changes.");
      await expectLetterText(page, "lighthouse");
      expect(await page.locator(".marked-text mark").first().textContent()).toContain("the wind took our sandwiches");
      await expectAxeClean(page);
    });
  });

  it("after the revision, the client approves, finds the receipt and asks for the letter again next year", async () => {
    await writeAndSubmit(firstDraft.replace("took our sandwiches", "took your hat").replace("blanket.", "blanket. Give the puppy a hug from me."), 2);
    await as("client@example.com", async (page) => {
      await page.goto(orderPath);
      await expectLetterText(page, "puppy");
      // The revision shows what changed since the client asked.
      const changes = page.locator(".what-changed");
      await expectText(page, "What changed since you asked for changes");
      expect(await changes.locator("ins").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("hat")]));
      await expectAxeClean(page);
      // Approving cannot be taken back, so it asks first; Escape keeps the letter as it is.
      await page.getByRole("button", { name: "Approve letter" }).click();
      await expectText(page, "the letter cannot be changed");
      await expectAxeClean(page);
      await page.keyboard.press("Escape");
      expect(await page.getByRole("dialog").isVisible()).toBe(false);
      await confirmStep(page, "Approve letter", "Approve and deliver");
      await expectText(page, "Approved");
      // Until our team starts on it, an approval can be undone, then given again.
      await page.getByRole("button", { name: "Undo approval" }).click();
      await page.getByRole("heading", { name: "Happy with it?" }).waitFor();
      await confirmStep(page, "Approve letter", "Approve and deliver");
      await page.getByRole("button", { name: "Undo approval" }).waitFor();

      await expectAxeClean(page);
      const receipt = await page.getByRole("link", { name: "Receipt" }).getAttribute("href");
      await page.goto(receipt!);
      // Line items and totals a bookkeeper can use.
      await expectText(page, "written for you");
      await expectText(page, "Sales tax (not charged)");
      await expectText(page, "Total paid");
      await expectAxeClean(page);
      await page.goto(orderPath);

      await expectText(page, "Write to Rosalind again");
      expect(await page.getByLabel("Next letter's date").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await page.getByLabel("Remind me (days before)").fill("14");
      await page.getByRole("button", { name: "Repeat every year" }).click();
      await expectText(page, "We will write to them again every year.");
      await page.getByRole("button", { name: "Stop repeating" }).waitFor();
      await expectText(page, /remind you 14 days before/);

      // Opened at 127.0.0.1 with no APP_URL set, signing out stays on 127.0.0.1.
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL((url) => url.pathname === "/");
      expect(new URL(page.url()).host).toBe(new URL(baseUrl).host);
    });
  });
});
