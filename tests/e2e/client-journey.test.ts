// The client's side of a letter through the real UI: an address-book entry, the guided brief with
// two memories (kept across a reload), paying offline, reading the draft in handwriting, a comment
// on a passage, a revision, approval with a receipt, and asking for the letter again next year.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addRecipient, asUser, claimFromPool, expectLetterText, expectText, launchBrowser, payOffline, selectLetterWords, sendToClient, submitForReview } from "./browser";

const hasChromium = inject("hasChromium");
const baseUrl = inject("baseUrl");

describe.skipIf(!hasChromium)("the client's journey", () => {
  let browser: Browser;
  const recipient = `Rosalind Hale ${Date.now() % 100000}`;
  let orderPath = "";
  const firstDraft = `Dear Rosalind,\n\nHappy birthday! I still think of the lighthouse picnic, when the wind took our sandwiches and you laughed until you cried. And the night we stayed up for the meteor shower, wrapped in one blanket.\n\nWith love, Tom`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const as = (email: string, run: (page: Page) => Promise<void>) => asUser(browser, baseUrl, email, run);

  async function writeAndSubmit(body: string, version: number) {
    await as("writer@example.com", async (page) => {
      await page.goto(`/desk/${orderPath.split("/").pop()}`);
      const letter = page.getByLabel("Letter", { exact: true });
      await letter.fill(body);
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

      // Forgot the sign-off: the brief opens at that step, with everything typed still there.
      await page.getByRole("button", { name: "Continue to payment" }).click();
      await expectText(page, "Tell us how the letter should be signed.");
      expect(await page.getByRole("button", { name: /^Memories & details/ }).getAttribute("aria-current")).toBe("step");
      expect(await page.getByLabel("Memory 1").inputValue()).toBe("The lighthouse picnic when the wind took our sandwiches");
      await page.getByLabel("Sign-off").fill("With love, Tom");
      await page.getByRole("button", { name: "Review & price", exact: true }).click();
      await page.getByRole("button", { name: "Continue to payment" }).click();

      orderPath = await payOffline(page);
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
      // The server quotes exactly the words the client selected (line breaks and all).
      await expectText(page, "“the wind took our sandwiches”");

      await page.getByLabel("What would you like changed?").fill("Please make it the hat, and mention her new puppy.");
      await page.getByRole("button", { name: "Request changes" }).click();
      await expectText(page, "Changes requested");
    });
  });

  it("after the revision, the client approves, finds the receipt and asks for the letter again next year", async () => {
    await writeAndSubmit(firstDraft.replace("took our sandwiches", "took your hat").replace("blanket.", "blanket. Give the puppy a hug from me."), 2);
    await as("client@example.com", async (page) => {
      await page.goto(orderPath);
      await expectLetterText(page, "puppy");
      await page.getByRole("button", { name: "Approve letter" }).click();
      await expectText(page, "Approved");

      const receipt = await page.getByRole("link", { name: "Receipt" }).getAttribute("href");
      const response = await page.request.get(receipt!);
      expect(response.status()).toBe(200);

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
