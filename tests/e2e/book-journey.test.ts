// The book's "done when": an admin builds a collection in the browser (letters added, dragged into
// order, grouped into a part, front matter edited, facsimiles on), compiles it, reads a clean preflight, and
// downloads an interior and a cover that a printer's checks accept, and the EPUB.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TRIM_SIZES } from "@/lib/books/book-design";
import { pdfBoxes, pdfFonts } from "../helpers/poppler";
import { asUser, expectText, launchBrowser } from "./browser";

const hasChromium = inject("hasChromium");
const baseUrl = inject("baseUrl");

const headings = (page: Page) => page.locator(".book-order h3.letter-number").allTextContents();

describe.skipIf(!hasChromium)("an admin makes a print-ready book", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("builds, arranges and edits a collection, compiles it, and downloads files a printer accepts", async () => {
    await asUser(browser, baseUrl, "admin@example.com", async (page) => {
      await page.goto("/admin/collections");
      await page.getByLabel("Title", { exact: true }).fill("Letters from Your Life");
      // Every consented letter but one, which is added later from the collection's page.
      for (const box of await page.getByRole("checkbox").all()) {
        if (!((await box.locator("xpath=..").textContent()) ?? "").includes("Ngọc Anh")) await box.check();
      }
      await page.getByRole("button", { name: "Create collection" }).click();
      await page.waitForURL(/\/admin\/collections\/[0-9a-f-]+$/);
      await page.waitForLoadState("load");

      await page.getByRole("button", { name: /^Add Ngọc Anh/ }).click();
      await expectText(page, "For Ngọc Anh, with thanks");
      expect((await headings(page)).at(-1)).toBe("For Ngọc Anh, with thanks");

      // Drag the second letter above the first by its handle.
      const [first, second] = (await headings(page)).slice(0, 2);
      const handles = page.locator(".book-order .drag-handle");
      // Adding scrolled the page down to the list of letters to add: bring the first cards into view.
      await handles.nth(0).scrollIntoViewIfNeeded();
      const from = (await handles.nth(1).boundingBox())!;
      const to = (await handles.nth(0).boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 20, { steps: 15 });
      await page.mouse.up();
      await page.getByText("New order saved.").waitFor({ timeout: 60_000 });
      await page.reload();
      expect((await headings(page)).slice(0, 2)).toEqual([second, first]);

      // A part, with one letter moved into it.
      await page.getByLabel("New part").fill("Thanks");
      await page.getByRole("button", { name: "Add part" }).click();
      await expectText(page, "Part added");
      const lucja = page.locator(".sortable-letter", { hasText: "For Łucja, with thanks" });
      await lucja.getByLabel("Part", { exact: true }).selectOption({ label: "Thanks" });
      await lucja.getByRole("button", { name: "Move “For Łucja, with thanks” to this part" }).click();
      await page.getByRole("region", { name: "Part: Thanks" }).getByText("For Łucja, with thanks").waitFor();

      // The redaction can be reviewed beside the approved letter.
      await page.locator(".sortable-letter").first().getByText("Review and edit the text for the book").click();
      await expect(page.locator(".sortable-letter").first().getByText("Approved letter").isVisible()).resolves.toBe(true);

      // Front matter, with a field error shown beside its field first.
      await page.getByLabel("Title", { exact: true }).fill(" ");
      await page.getByLabel("Credit").fill("The writers of Beautiful Handwritten Letters");
      await page.getByRole("button", { name: "Save front matter" }).click();
      await expectText(page, "Give the collection a title.");
      await page.getByLabel("Title", { exact: true }).fill("Letters Worth Keeping");
      await page.getByLabel("Subtitle").fill("A year in ink");
      await page.getByLabel("Trim size").selectOption("5.5x8.5");
      await page.getByLabel("Dedication").fill("For everyone who writes back.");
      await page.getByLabel("Back-cover blurb").fill("Some letters are too good to keep in a drawer.");
      await page.getByLabel("Facsimile pages").check();
      await page.getByRole("button", { name: "Save front matter" }).click();
      await expectText(page, "Front matter saved");
      await page.getByRole("heading", { level: 1, name: "Letters Worth Keeping" }).waitFor();

      await page.getByRole("button", { name: "Compile book" }).click();
      await page.getByRole("link", { name: "Download interior PDF" }).waitFor({ timeout: 120_000 });
      const preflight = page.getByRole("region", { name: "Preflight" });
      await preflight.getByText(TRIM_SIZES["5.5x8.5"].label).waitFor();
      expect(await preflight.locator(".preflight-bad").count()).toBe(0);
      expect(await preflight.locator(".preflight-ok").count()).toBeGreaterThanOrEqual(4);
      await expect(preflight.getByText("all embedded and subset").isVisible()).resolves.toBe(true);

      const download = async (label: string) => {
        const href = (await page.getByRole("link", { name: label }).getAttribute("href"))!;
        const response = await page.request.get(href);
        expect(response.status()).toBe(200);
        return new Uint8Array(await response.body());
      };
      const interior = await download("Download interior PDF");
      const cover = await download("Download cover PDF");
      const epub = await download("Download EPUB");

      // What a printer's upload checks: every font embedded, trim and bleed boxes for 5.5 × 8.5 in.
      for (const pdf of [interior, cover]) {
        const fonts = pdfFonts(pdf);
        expect(fonts.length).toBeGreaterThan(0);
        for (const font of fonts) expect(font).toMatchObject({ embedded: true });
      }
      const inside = pdfBoxes(interior);
      expect(inside.pages).toBeGreaterThanOrEqual(24);
      for (const box of inside.boxes) {
        expect(box.trim).toEqual([9, 9, 405, 621]);
        expect(box.bleed).toEqual([0, 0, 414, 630]);
      }
      const [sheet] = pdfBoxes(cover).boxes;
      const trimWidth = sheet.trim[2] - sheet.trim[0];
      expect(sheet.trim[3] - sheet.trim[1]).toBe(612);
      expect(trimWidth).toBeGreaterThan(2 * 396);
      expect(sheet.trim.slice(0, 2)).toEqual([9, 9]);
      expect(sheet.bleed).toEqual([0, 0, expect.closeTo(sheet.trim[2] + 9, 1), 630]);
      expect(Buffer.from(epub.subarray(30, 38)).toString()).toBe("mimetype");
    });
  });
});
