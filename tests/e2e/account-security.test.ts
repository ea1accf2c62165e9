// Accounts people control, in Chromium against the production server: sign-out that really ends
// the session, password change from the account page, sign-out everywhere, and a sign-in throttle
// that a forged X-Forwarded-For header cannot reset.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, linkFromOutbox, signedInPage, signUpThroughEmail } from "./browser";

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
    const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.com`;
    return { page: await signUpThroughEmail(browser, baseUrl, name, email, PASSWORD), email };
  }

  const signIn = (email: string, password = PASSWORD) => signedInPage(browser, baseUrl, email, password);

  async function isSignedIn(context: BrowserContext): Promise<boolean> {
    const page = await context.newPage();
    await page.goto("/orders");
    const signedIn = new URL(page.url()).pathname === "/orders";
    await page.close();
    return signedIn;
  }

  it("sign-up answers the same for a taken address; a new account opens only from the emailed link", async () => {
    const email = `new-person-${Date.now()}@example.com`;
    const signUpAs = async (address: string) => {
      const page = await newPage();
      await page.goto("/sign-up");
      await page.getByLabel("Your name").fill("New Person");
      await page.getByLabel("Email").fill(address);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Create account" }).click();
      await page.waitForURL((url) => url.pathname === "/sign-up/check-email");
      const said = await page.locator("main").innerText();
      await page.context().close();
      return said;
    };
    const forNew = await signUpAs(email);
    expect(forNew).toContain("Check your email");
    expect(await signUpAs("client@example.com")).toBe(forNew); // a known address: the very same page
    expect(await linkFromOutbox(browser, baseUrl, "client@example.com", "Someone tried to sign up with your address")).toMatch(/^\/sign-in/);

    // Before the link is opened, the right password is told to confirm first, with a new link on offer.
    const page = await newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Please confirm your email address first").waitFor();
    await page.getByRole("button", { name: "Email me a new link" }).click();
    await page.getByText("we have emailed it a new link").waitFor();

    await page.goto(await linkFromOutbox(browser, baseUrl, email, "Confirm your email address"));
    await page.getByRole("heading", { name: "Confirm your email address" }).waitFor();
    expect(await page.getByLabel("Email").inputValue()).toBe(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Confirm and sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/orders");
    await page.context().close();
    const again = await signIn(email); // and signs in as usual from now on
    await again.waitForURL((url) => url.pathname === "/orders");
    await again.context().close();
  });

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
      return context.request.post("/api/auth/callback/credentials", {
        form: { email, password, csrfToken, json: "true" },
        headers: { "x-forwarded-for": forged },
      });
    };
    for (let i = 0; i < 10; i++) expect(String((await (await attempt(`guess number ${i}`, `10.9.8.${i}`)).json()).url)).toContain("error=CredentialsSignin");
    const refused = await attempt(PASSWORD, "10.9.9.99");
    // A 429 like every throttle in the app, with Retry-After, and the wait in words for the form.
    expect(refused.status()).toBe(429);
    const wait = Number(refused.headers()["retry-after"]);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    const answer = decodeURIComponent(String((await refused.json()).url));
    expect(answer).toContain("Too many failed sign-ins to this account from your network. Please try again in 15 minutes.");
    await context.close();
  });
});
