import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";

export const SCREENS_DIR = path.resolve("tests/.artifacts/screens");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export type PageProblem = { path: string; width: number; problem: string };

type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };

/** Runs axe-core in the page (evaluated, so a Content-Security-Policy cannot block it). */
export async function axeViolations(page: Page): Promise<AxeResult["violations"]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    }),
  );
  return result.violations;
}

/** No serious or critical axe-core violation on the page as it is now. */
export async function expectAxeClean(page: Page) {
  const serious = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${new URL(page.url()).pathname}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/**
 * Opens a page at a width and reports what a person would trip over: serious or critical axe
 * violations, and (on a phone) anything that makes the page scroll sideways. Saves screenshots of
 * the whole page and of the first screen.
 */
export async function checkPage(page: Page, pathname: string, width: number, who: string): Promise<PageProblem[]> {
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  await page.goto(pathname, { waitUntil: "networkidle" });
  const problems: PageProblem[] = [];
  for (const v of await axeViolations(page)) {
    if (v.impact === "serious" || v.impact === "critical") {
      problems.push({ path: pathname, width, problem: `axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})` });
    }
  }
  if (width < 600) {
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= limit) return null;
      // The outermost elements that stick out, so the report names the culprit.
      return [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > limit + 1 && !el.closest(".table-wrap, .visually-hidden"))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} (${Math.round(el.getBoundingClientRect().right)} px)`);
    });
    if (wide) problems.push({ path: pathname, width, problem: `wider than the phone: ${wide.join(", ")}` });
  }
  const slug = `${who}${pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "id").replace(/[^a-z0-9]+/gi, "-")}-${width}`;
  await page.screenshot({ path: path.join(SCREENS_DIR, `${slug}.png`), fullPage: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, `${slug}-top.png`) });
  return problems;
}
