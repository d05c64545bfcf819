/**
 * Helpers for the pane's browser tests: the fake Office.js (fake-office.ts) served in place of
 * Microsoft's CDN script, so taskpane.html boots through the real Office adapter; and axe-core.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { fakeOfficeScript, type FakeOffice } from "./fake-office.js";
import { officeJsUrl } from "./support/browser.js";

export type { FakeItem, FakeOffice } from "./fake-office.js";

/** Serve the fake in place of Office.js's CDN script (page routes win over the harness's context block). */
export async function useFakeOffice(page: Page, config: FakeOffice): Promise<void> {
  await page.route(officeJsUrl, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOfficeScript(config) }),
  );
}

/**
 * Waits for the explanation and for what the pane shows below the verdict (what to do, why,
 * details), which arrives in a chunk of its own just after the verdict is on screen.
 */
export async function explanationSettled(page: Page, timeout = 30_000): Promise<void> {
  await page
    .locator("[data-testid=explanation][data-more=no], [data-testid=explanation] [data-testid=explanation-rest]")
    .first()
    .waitFor({ timeout });
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2 A/AA rules) and returns the serious and critical findings. */
export async function seriousA11yFindings(page: Page): Promise<AxeFinding[]> {
  // addScriptTag inlines the file, which the pages' CSP (script-src 'self') may refuse; fall back to
  // evaluating it through the DevTools protocol, which CSP does not govern.
  await page.addScriptTag({ path: axePath }).catch(() => undefined);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(readFileSync(axePath, "utf8"));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) adds aria-hidden <i tabindex=0> sentinels that pass focus on at
    // once; they are not content, so they are left out like Fluent's own accessibility tests do.
    const result = await axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } },
    );
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      }));
  });
}
