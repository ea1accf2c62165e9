// Two-step sign-in in Chromium: a writer sets it up from the account page (scanning is replaced by
// reading the key the page shows, as the phone would), signs in with a code the "phone" makes, and
// turns it off again with a recovery code. The account page is axe-checked in each state.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { totpCode } from "@/lib/auth/totp";
import { DEMO_PASSWORD, launchBrowser, signedInPage } from "./browser";
import { checkPage } from "./check-page";

const hasChromium = inject("hasChromium");
const baseUrl = inject("baseUrl");
const WRITER = "writer2@example.com";

describe.skipIf(!hasChromium)("two-step sign-in", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function signInWithCode(code: (page: Page) => Promise<string>): Promise<Page> {
    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(WRITER);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Enter the 6-digit code from your authenticator app.").waitFor();
    await page.getByLabel("Code from your authenticator app").fill(await code(page));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/desk");
    return page;
  }

  it("a writer sets it up, signs in with a code from the app, and turns it off with a recovery code", async () => {
    const page = await signedInPage(browser, baseUrl, WRITER);
    await page.goto("/account");
    const section = page.getByRole("region", { name: "Two-step sign-in" });
    await section.getByRole("button", { name: "Set up two-step sign-in" }).click();
    await section.getByRole("img", { name: /QR code/ }).waitFor();
    const secret = ((await section.locator(".two-step-key").textContent()) ?? "").replace(/\s+/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    for (const width of [1280, 390]) expect(await checkPage(page, "/account", width, "writer2-two-step-setting-up")).toEqual([]);

    const form = page.getByRole("region", { name: "Two-step sign-in" });
    await form.getByLabel("Code from your authenticator app").fill("000000");
    await form.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await form.getByText("That code does not match.").waitFor();
    await form.getByLabel("Code from your authenticator app").fill(totpCode(secret));
    await form.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    const list = form.getByRole("list", { name: "Recovery codes" });
    await list.waitFor();
    const codes = await list.getByRole("listitem").allTextContents();
    expect(codes).toHaveLength(10);
    await form.getByText(/On since/).waitFor();

    // A new browser: the password, then the code the phone shows a step later (setting up used this one).
    const phoneSignIn = await signInWithCode(async () => totpCode(secret, Date.now() + 30_000));
    for (const width of [1280, 390]) expect(await checkPage(phoneSignIn, "/account", width, "writer2-two-step-on")).toEqual([]);
    await phoneSignIn.context().close();

    // Without the phone: a recovery code signs in once.
    const recovered = await signInWithCode(async () => codes[0]);
    await recovered.goto("/account");
    const on = recovered.getByRole("region", { name: "Two-step sign-in" });
    await on.getByText("9 of 10 recovery codes left").waitFor();
    await on.getByLabel("Current password").last().fill(DEMO_PASSWORD); // the last form: turning it off
    await on.getByLabel("Code from your authenticator app").last().fill(codes[1]);
    await on.getByRole("button", { name: "Turn off two-step sign-in" }).click();
    await on.getByText("Two-step sign-in is off.").waitFor();
    await recovered.context().close();
    await page.context().close();

    // Off again: the password alone signs in (the other journeys rely on this writer).
    const plain = await signedInPage(browser, baseUrl, WRITER);
    expect(new URL(plain.url()).pathname).not.toBe("/sign-in");
    await plain.context().close();
  });
});
