// Issue 10's "Done when": a writer opens a British order, sees the one misspelt word of the letter
// underlined in place (and nothing else: British spellings are not flagged), fixes it from the
// keyboard, answers the length warning with a reason and submits a clean British letter. The editor
// then reads it on the review page with the same marks (none) and a note's passage highlighted, and
// when the letter goes back to the writer the passage is highlighted in the editor too.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { asUser, claimFromPool, confirmStep, expectText, launchBrowser, letterEditor, letterText, payOffline, saveVersion, submitForReview, writeLetter } from "./browser";

const hasChromium = inject("hasChromium");
const baseUrl = inject("baseUrl");

const britishLetter = [
  "Dear Harriet,",
  "Thank you for the parcel of marmalade and the lovely card. The colour of the label made me smile, and I have already favoured your recipe over my own. We practised the carols in the village centre last night, and the neighbours asked after you.",
  "I recieve every letter of yours with joy, and I keep them all in the drawer by the window. Do come and stay in the spring, when the garden is at its best.",
  "With love,\nMargaret",
].join("\n\n");

describe.skipIf(!hasChromium)("suggestions marked in the letter's text", () => {
  let browser: Browser;
  const recipient = `Harriet Pemberton ${Date.now() % 100000}`;
  let deskPath = "";

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const as = (email: string, run: (page: Page) => Promise<void>) => asUser(browser, baseUrl, email, run);
  const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });
  const marks = (page: Page) => page.locator(".letter-text .text-mark");

  it("a client orders a letter to Harriet in England: the brief is in British English from her address", async () => {
    await as("client@example.com", async (page) => {
      await page.goto("/recipients/new");
      await page.getByLabel("Name", { exact: true }).fill(recipient);
      await page.getByLabel("Relationship").fill("Old friend");
      await page.getByLabel("Address line 1").fill("4 Orchard Lane");
      await page.getByLabel("City").fill("Harrogate");
      await page.getByLabel("Postal code").fill("HG1 2AB");
      await page.getByLabel("Country").selectOption("GB");
      await page.getByRole("button", { name: "Save recipient" }).click();
      await expectText(page, recipient);

      await page.goto("/orders/new");
      await page.getByLabel("Recipient").selectOption({ label: recipient });
      await page.getByLabel("Occasion").selectOption("thanks");
      await page.getByLabel("Relationship").fill("My oldest friend");
      await page.getByRole("button", { name: "Next" }).click();
      expect(await page.getByLabel("Variety of English").inputValue()).toBe("en-GB");
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByLabel("Memory 1").fill("The parcel of marmalade she sent in the spring");
      await page.getByLabel("Sign-off").fill("With love, Margaret");
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByLabel("PDF by email").check();
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByRole("button", { name: "Continue to payment" }).click();
      await payOffline(page);
    });
  });

  it("the writer fixes the underlined word in place from the keyboard, answers the length warning and submits", async () => {
    await as("writer@example.com", async (page) => {
      await claimFromPool(page, recipient);
      deskPath = new URL(page.url()).pathname;
      await writeLetter(page, britishLetter);
      await saveVersion(page);

      // One mark, on the misspelt word; colour, favoured, practised, centre and neighbours are British and fine.
      await poll(() => marks(page).count()).toBe(1);
      const mark = marks(page).first();
      expect(await mark.textContent()).toBe("recieve");
      expect(await mark.getAttribute("class")).toContain("k-spelling");
      expect(await mark.getAttribute("aria-description")).toContain("Suggested: “receive”");
      await expectText(page, /Underlined:\s*1 spelling/);

      // From the top of the letter: F8 goes to the mark, its box explains, Alt+Enter accepts.
      await letterEditor(page).focus();
      await page.keyboard.press("ControlOrMeta+Home");
      await page.keyboard.press("F8");
      const box = page.getByRole("group", { name: "Spelling suggestion" });
      await box.waitFor();
      expect(await box.textContent()).toContain("Accept “receive”");
      await page.keyboard.press("Alt+Enter");
      await poll(() => letterText(page)).toBe(britishLetter.replace("recieve", "receive"));
      await poll(() => marks(page).count()).toBe(0);
      expect(await box.count()).toBe(0);
      // The list beside the letter no longer offers it either.
      const offered = page.getByRole("listitem").filter({ hasText: "recieve" }).filter({ has: page.getByRole("button", { name: "Accept" }) });
      expect(await offered.count()).toBe(0);

      // Saved and checked again: still nothing underlined, the checklist is clean but for the length.
      await saveVersion(page);
      await expectText(page, "No open spelling suggestions");
      await expectText(page, "Nothing underlined: the proofreader has no suggestions.");
      expect(await marks(page).count()).toBe(0);

      // The letter is short of the 200–400 words ordered: the count says so, and submitting needs a reason.
      await expectText(page, /\d+ words\s*\(under the range of 200–400\)/);
      await expectText(page, /Length: \d+ words \(ordered 200–400\)/);
      await page.getByRole("button", { name: "Submit for review" }).click();
      await expectText(page, /Before you submit: .*give a reason for submitting anyway/);
      await submitForReview(page, "Harriet asked for a short thank-you note this time.");
    });
  });

  it("the editor reads it with the same marks (none: it is clean) and a note's passage highlighted in the text", async () => {
    await as("editor@example.com", async (page) => {
      await page.goto("/admin/review");
      await page.getByRole("row").filter({ hasText: recipient }).getByRole("link", { name: "Review" }).click();
      await page.waitForURL(/\/admin\/review\/[0-9a-f-]+$/);
      const text = page.locator(".marked-letter");
      await poll(() => text.textContent()).toContain("I receive every letter of yours with joy");
      expect(await text.locator(".text-mark").count()).toBe(0);
      await expectText(page, "Nothing underlined: the proofreader has no suggestions on this version.");

      await page.getByLabel("Note for the writer").fill("Lovely. Could the carols come first?");
      await page.getByLabel("Passage (optional)").fill("We practised the carols in the village centre");
      await page.getByRole("button", { name: "Add note" }).click();
      const passage = text.locator(".passage-mark");
      await poll(() => passage.count()).toBe(1);
      expect(await passage.textContent()).toBe("We practised the carols in the village centrenote 1");
      await passage.getByRole("link", { name: "note 1" }).click();
      await poll(() => page.evaluate(() => document.querySelector(":target")?.textContent ?? "")).toContain("Could the carols come first?");
    });
  });

  it("returned to the writer, the note's passage is highlighted on its words in the editor", async () => {
    await as("editor@example.com", async (page) => {
      await page.goto("/admin/review");
      await page.getByRole("row").filter({ hasText: recipient }).getByRole("link", { name: "Review" }).click();
      await page.getByLabel("Note for the writer").fill("See the marked passage, then send it back.");
      await confirmStep(page, "Return to writer", "Yes, return it");
      await page.waitForURL((url) => url.pathname === "/admin/review");
    });
    await as("writer@example.com", async (page) => {
      await page.goto(deskPath);
      const passage = page.locator(".letter-text .passage-mark");
      await poll(() => passage.count()).toBe(1);
      expect(await passage.textContent()).toBe("We practised the carols in the village centre");
      expect(await passage.getAttribute("aria-description")).toBe("Note 1: Lovely. Could the carols come first?");
      // A highlight is not a suggestion: nothing is underlined, and the note in the list carries its number.
      expect(await marks(page).count()).toBe(0);
      expect(await page.locator("#notes-heading + ol .note-number").textContent()).toContain("1");
    });
  });
});
