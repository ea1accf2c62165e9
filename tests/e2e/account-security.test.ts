// Accounts people control, in Chromium against the production server: sign-out that really ends
// the session, password change from the account page, sign-out everywhere, and a sign-in throttle
// that a forged X-Forwarded-For header cannot reset.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signedInPage } from "./browser";

const hasChromium = inject("hasChromium");
const baseUrl = inject("baseUrl");
const PASSWORD = "a long enough password";

describe.skipIf(!hasChromium)("accounts people control", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function newPage(): Promise<Page> {
    const page = await (await browser.newContext({ baseURL: baseUrl })).newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  async function signUp(name: string): Promise<{ page: Page; email: string }> {
    const page = await newPage();
    const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.com`;
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill(name);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL((url) => url.pathname === "/orders");
    return { page, email };
  }

  const signIn = (email: string, password = PASSWORD) => signedInPage(browser, baseUrl, email, password);

  async function isSignedIn(context: BrowserContext): Promise<boolean> {
    const page = await context.newPage();
    await page.goto("/orders");
    const signedIn = new URL(page.url()).pathname === "/orders";
    await page.close();
    return signedIn;
  }

  it("signing out ends the session: a copy of the cookie no longer opens anything", async () => {
    const { page } = await signUp("Copy Cat");
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");

    const thief = await browser.newContext({ baseURL: baseUrl });
    await thief.addCookies(cookies);
    expect(await isSignedIn(thief)).toBe(false);
    await thief.close();
    await page.context().close();
  });

  it("lists sessions, changes the password (signing the other browser out), and signs out of every device", async () => {
    const { page: laptop, email } = await signUp("Pat Changer");
    const phone = await signIn(email);

    await laptop.goto("/account");
    const sessions = laptop.getByRole("table", { name: "Signed-in browsers" });
    expect(await sessions.getByRole("row").count()).toBe(3); // header + two browsers
    await sessions.getByText("(this browser)").waitFor();

    const passwordForm = laptop.getByRole("region", { name: "Change your password" });
    await passwordForm.getByLabel("Current password").fill("not my password");
    await laptop.getByLabel("New password").fill("an even longer password");
    await laptop.getByRole("button", { name: "Change password" }).click();
    await laptop.getByText("That is not your current password.").waitFor();

    await passwordForm.getByLabel("Current password").fill(PASSWORD);
    await laptop.getByLabel("New password").fill("an even longer password");
    await laptop.getByRole("button", { name: "Change password" }).click();
    await laptop.getByText("Your password is changed. Every other device was signed out.").waitFor();
    expect(await isSignedIn(phone.context())).toBe(false);
    expect(await isSignedIn(laptop.context())).toBe(true);

    const again = await signIn(email, "an even longer password");
    await laptop.goto("/account");
    await laptop.getByRole("button", { name: "Sign out of every device" }).click();
    await laptop.getByText("You are signed out on every device.").waitFor();
    expect(await isSignedIn(again.context())).toBe(false);
    for (const p of [laptop, phone, again]) await p.context().close();
  });

  it("downloads all of a client's data, then deletes the account for good", async () => {
    const { page, email } = await signUp("Gone Girl");
    await page.goto("/account");
    const href = await page.getByRole("link", { name: "Download all your data (JSON)" }).getAttribute("href");
    const download = await page.request.get(href!);
    expect(download.headers()["content-disposition"]).toMatch(/^attachment/);
    expect((await download.json()).account).toMatchObject({ email, name: "Gone Girl" });

    const yourData = page.getByRole("region", { name: "Your data" });
    await yourData.getByRole("button", { name: "Delete my account" }).click();
    await yourData.getByText("Tick the box to confirm").waitFor(); // nothing happens without the tick
    await yourData.getByLabel("Current password").fill(PASSWORD);
    await yourData.getByLabel(/my letters and address book will be erased/).check();
    await yourData.getByRole("button", { name: "Delete my account" }).click();
    await page.getByText("Your account and your letters are erased.").waitFor();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("That email and password do not match an account.").waitFor();
    await page.context().close();
  });

  it("a forged X-Forwarded-For does not reset the sign-in throttle", async () => {
    const { page, email } = await signUp("Throttle Tested");
    await page.context().close();
    const context = await browser.newContext({ baseURL: baseUrl });
    const attempt = async (password: string, forged: string) => {
      const { csrfToken } = await (await context.request.get("/api/auth/csrf")).json();
      const res = await context.request.post("/api/auth/callback/credentials", {
        form: { email, password, csrfToken, json: "true" },
        headers: { "x-forwarded-for": forged },
      });
      return String((await res.json()).url);
    };
    for (let i = 0; i < 10; i++) expect(await attempt(`guess number ${i}`, `10.9.8.${i}`)).toContain("error=CredentialsSignin");
    const answer = decodeURIComponent(await attempt(PASSWORD, "10.9.9.99"));
    expect(answer).toContain("Too many failed sign-ins to this account from your network");
    await context.close();
  });
});
