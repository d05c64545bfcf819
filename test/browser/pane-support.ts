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

async function loadAxe(page: Page): Promise<void> {
  // addScriptTag inlines the file, which the pages' CSP (script-src 'self') may refuse; fall back to
  // evaluating it through the DevTools protocol, which CSP does not govern.
  await page.addScriptTag({ path: axePath }).catch(() => undefined);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(readFileSync(axePath, "utf8"));
}

/** axe-core's findings for the WCAG 2 A/AA rules (or just `rules`), leaving out what `exclude` selects. */
export async function axeFindings(
  page: Page,
  options: { rules?: string[]; exclude?: string[] } = {},
): Promise<AxeFinding[]> {
  await loadAxe(page);
  return page.evaluate(
    async ({ rules, exclude }) => {
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
      const result = await axe.run(
        { exclude: exclude.map((selector) => [selector]) },
        rules
          ? { runOnly: { type: "rule", values: rules } }
          : { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } },
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      }));
    },
    { rules: options.rules, exclude: options.exclude ?? [] },
  );
}

/**
 * Fluent's focus manager (tabster) puts aria-hidden <i tabindex=0 data-tabster-dummy> elements at the
 * edges of groups like the tab list: the moment one gets the focus it passes it on, so a keyboard or
 * screen-reader user never rests on one. axe's aria-hidden-focus rule sees a focusable aria-hidden
 * element and reports them; test/browser/pane-reader.test.ts shows that they never keep the focus,
 * which is why the general check leaves them out (as Fluent's own accessibility tests do).
 */
export const tabsterFocusRelays = "[data-tabster-dummy]";

/** Runs axe-core (WCAG 2 A/AA rules) and returns the serious and critical findings. */
export async function seriousA11yFindings(page: Page): Promise<AxeFinding[]> {
  const findings = await axeFindings(page, { exclude: [tabsterFocusRelays] });
  return findings
    .filter((f) => f.impact === "serious" || f.impact === "critical")
    .map((f) => ({ ...f, targets: f.targets.slice(0, 5) }));
}

export interface LinkClick {
  href: string | null;
  target: string;
  rel: string;
  /** the pane took the click itself (host.openLink) instead of letting the anchor open the page */
  prevented: boolean;
}

/**
 * Records clicks on links once the pane has handled them (a listener on window runs after React's),
 * then cancels them, so nothing is opened; window.open calls are recorded in `opened` too.
 */
export async function recordLinkClicks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = { clicks: [] as unknown[], opened: [] as string[] };
    (window as unknown as { __links: typeof record }).__links = record;
    window.open = (url?: string | URL) => {
      record.opened.push(String(url));
      return null;
    };
    window.addEventListener("click", (event) => {
      const anchor = (event.target as Element | null)?.closest?.("a");
      if (!anchor) return;
      record.clicks.push({
        href: anchor.getAttribute("href"),
        target: anchor.target,
        rel: anchor.rel,
        prevented: event.defaultPrevented,
      });
      event.preventDefault();
    });
  });
}

export function recordedLinks(page: Page): Promise<{ clicks: LinkClick[]; opened: string[] }> {
  return page.evaluate(() => (window as unknown as { __links: { clicks: LinkClick[]; opened: string[] } }).__links);
}
