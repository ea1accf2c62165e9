import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { expect } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export const DEMO_PASSWORD = "letters-demo";

/** Signs in through the real form, in a fresh browser context (its own cookies). */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  email: string,
  password = DEMO_PASSWORD,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  return page;
}

/**
 * The newest email to this address with this subject, as the admin reads it in the development
 * outbox; returns the path (and query) of its first link to this app.
 */
export async function linkFromOutbox(browser: Browser, baseUrl: string, to: string, subject: string): Promise<string> {
  const admin = await signedInPage(browser, baseUrl, "admin@example.com");
  try {
    await admin.goto("/admin/outbox");
    const mail = admin.locator("li.outbox-item").filter({ hasText: `To ${to}` }).filter({ hasText: subject }).first();
    const text = (await mail.locator("pre.outbox-body").textContent()) ?? "";
    const link = /https?:\/\/\S+/.exec(text)?.[0];
    if (!link) throw new Error(`no link in the email "${subject}" to ${to}`);
    const url = new URL(link);
    return `${url.pathname}${url.search}`;
  } finally {
    await admin.context().close();
  }
}

/**
 * Signs up a new client as a person does: the form, "check your email", the confirmation link
 * from the outbox, and the password once more. Returns their signed-in page on /orders.
 */
export async function signUpThroughEmail(browser: Browser, baseUrl: string, name: string, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => url.pathname === "/sign-up/check-email");
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  await page.goto(await linkFromOutbox(browser, baseUrl, email, "Confirm your email address"));
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/orders");
  return page;
}

/** Waits for text to appear anywhere on the page. */
export async function expectText(page: Page, text: string | RegExp) {
  await page.getByText(text).first().waitFor();
  expect(await page.getByText(text).first().isVisible()).toBe(true);
}

/**
 * Waits until the handwritten letter on the page says `text`. Its words are drawn as glyphs, each
 * with an invisible copy ("word ") over it, so the letter's text content reads like the letter.
 */
export async function expectLetterText(page: Page, text: string) {
  await expect.poll(() => page.getByRole("article", { name: /letter/i }).first().textContent(), { timeout: 15_000 }).toContain(text);
}

/** Selects words of the handwritten letter as a reader would by dragging over them. */
export async function selectLetterWords(page: Page, words: string) {
  await page.getByRole("article", { name: /letter/i }).first().evaluate((article, wanted) => {
    const texts = [...article.querySelectorAll("text[data-at]")];
    const count = wanted.split(" ").length;
    const first = texts.findIndex((_, i) => texts.slice(i, i + count).map((t) => t.textContent!.trim()).join(" ") === wanted);
    if (first < 0) throw new Error(`"${wanted}" is not in the letter`);
    const last = texts[first + count - 1];
    const range = document.createRange();
    range.setStart(texts[first].firstChild!, 0);
    range.setEnd(last.firstChild!, last.textContent!.trim().length);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}

/** Runs one person's part of a journey in their own signed-in browser context. */
export async function asUser(
  browser: Browser,
  baseUrl: string,
  email: string,
  run: (page: Page) => Promise<void>,
  options: BrowserContextOptions = {},
) {
  const page = await signedInPage(browser, baseUrl, email, DEMO_PASSWORD, options);
  try {
    await run(page);
  } finally {
    await page.context().close();
  }
}

/** Adds a recipient to the signed-in client's address book. */
export async function addRecipient(page: Page, name: string, relationship: string, address?: { line1: string; city: string }) {
  await page.goto("/recipients/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Relationship").fill(relationship);
  if (address) {
    await page.getByLabel("Address line 1").fill(address.line1);
    await page.getByLabel("City").fill(address.city);
  }
  await page.getByRole("button", { name: "Save recipient" }).click();
  await expectText(page, name);
}

/** From the pay page, pays in offline mode; returns the order page's path. */
export async function payOffline(page: Page): Promise<string> {
  await page.waitForURL(/\/orders\/[0-9a-f-]+\/pay/);
  const orderPath = new URL(page.url()).pathname.replace(/\/pay$/, "");
  await expectText(page, "Offline payment mode");
  await page.getByRole("button", { name: /^Pay .* \(offline mode\)$/ }).click();
  await page.waitForURL((url) => url.pathname === orderPath);
  await expectText(page, "Waiting for a writer");
  return orderPath;
}

/** The writer claims the order for this recipient from the open pool and lands in its workspace. */
export async function claimFromPool(page: Page, recipient: string) {
  await page.goto("/desk");
  await page.getByRole("row").filter({ hasText: recipient }).getByRole("button", { name: "Claim" }).click();
  await page.waitForURL(/\/desk\/[0-9a-f-]+$/);
}

/** The letter in the writer's workspace: the editor once it has started in the browser. */
export function letterEditor(page: Page) {
  return page.getByRole("textbox", { name: "Letter", exact: true }).and(page.locator('[contenteditable="true"]'));
}

/** The workspace letter's text as it will be saved (plain text, paragraphs split by a blank line). */
export function letterText(page: Page): Promise<string> {
  return page.locator('.letter-editor input[name="body"]').inputValue();
}

/**
 * Replaces the workspace letter with this text as a writer pasting it would: select all, paste.
 * Paragraphs and line breaks arrive exactly as given.
 */
export async function writeLetter(page: Page, text: string) {
  const editor = letterEditor(page);
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  if (text === "") await page.keyboard.press("Backspace");
  else {
    await editor.evaluate((el, pasted) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData("text/plain", pasted);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
    }, text);
  }
  await expect.poll(() => letterText(page)).toBe(text);
}

/** Saves the workspace letter with the button and waits until the status says the text on screen is saved. */
export async function saveVersion(page: Page) {
  await page.getByRole("button", { name: "Save version" }).click();
  await expect.poll(() => page.locator(".save-status").textContent(), { timeout: 20_000 }).toMatch(/^Saved · version \d+$/);
}

/**
 * The writer submits the saved letter from the workspace. A letter outside the ordered length (the
 * journeys write short ones) goes with the given reason, as a writer would answer the checklist.
 */
export async function submitForReview(page: Page, reason = "The client asked for a short letter this time.") {
  // The checklist of the saved version is on the page before the reason field is (or is not).
  await expectText(page, /spelling suggestion/);
  const field = page.getByLabel("Reason for submitting anyway");
  if (await field.isVisible()) await field.fill(reason);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expectText(page, "Submitted for review");
}

/** The editor opens this recipient's letter from the review queue and sends it to the client (saying why, if its length is off). */
export async function sendToClient(page: Page, recipient: string, beforeSending?: () => Promise<void>) {
  await page.goto("/admin/review");
  await page.getByRole("row").filter({ hasText: recipient }).getByRole("link", { name: "Review" }).click();
  await page.waitForURL(/\/admin\/review\/[0-9a-f-]+$/);
  await beforeSending?.();
  await expectText(page, "Notes and decision");
  const reason = page.getByLabel("Reason for sending at this length");
  if (await reason.isVisible()) await reason.fill("The client asked for a short letter this time.");
  await page.getByRole("button", { name: /^Send to client/ }).click();
  await page.waitForURL((url) => url.pathname === "/admin/review");
}

/** Presses a button that asks first and confirms in its dialog; returns what the dialog said would happen. */
export async function confirmStep(page: Page, button: string, confirm: string | RegExp): Promise<string> {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  const said = (await dialog.textContent()) ?? "";
  await dialog.getByRole("button", { name: confirm }).click();
  return said;
}
