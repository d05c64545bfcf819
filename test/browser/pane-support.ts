/**
 * Helpers for the pane's browser tests: a fake Office.js served in place of Microsoft's CDN script
 * (so taskpane.html boots through the real Office adapter), and axe-core for accessibility.
 * The fake implements only what an Outlook read form offers the adapter: getAsFileAsync,
 * body.getAsync, getAllInternetHeadersAsync, ItemChanged, roamingSettings and the compose form.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { officeJsUrl } from "./support/browser.js";

export interface FakeItem {
  id: string;
  itemClass: string;
  /** the message as MIME text (what getAsFileAsync returns, base64-encoded) */
  eml: string;
}

export interface FakeOffice {
  items: FakeItem[];
  language: string;
  dark?: boolean;
  /** Office.onReady never resolves (a hung Office.js) */
  neverReady?: boolean;
}

function fakeOfficeScript(config: FakeOffice): string {
  return `(() => {
  const cfg = ${JSON.stringify(config)};
  const done = (args, value) => {
    const cb = args.find((a) => typeof a === "function");
    setTimeout(() => cb && cb({ status: "succeeded", value }), 5);
  };
  const b64 = (text) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
  const handlers = {};
  const fake = { drafts: [], links: [], settings: {} };
  window.__fake = fake;
  const makeItem = (d) => ({
    itemId: d.id,
    itemClass: d.itemClass,
    itemType: "message",
    subject: "",
    attachments: [],
    getAsFileAsync: (...args) => done(args, b64(d.eml)),
    getAllInternetHeadersAsync: (...args) => done(args, d.eml.split(/\\r?\\n\\r?\\n/)[0]),
    body: { getAsync: (type, ...args) => done(args, type === "html" ? "" : d.eml) },
  });
  const mailbox = {
    item: makeItem(cfg.items[0]),
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "fake" },
    addHandlerAsync: (type, handler, ...args) => { handlers[type] = handler; done(args); },
    removeHandlerAsync: (type, ...args) => { delete handlers[type]; done(args); },
    displayNewMessageFormAsync: (params, ...args) => { fake.drafts.push(params); done(args); },
    displayNewMessageForm: (params) => { fake.drafts.push(params); },
  };
  fake.select = (index) => {
    mailbox.item = makeItem(cfg.items[index]);
    const handler = handlers["olkItemSelectedChanged"];
    if (handler) handler({ type: "olkItemSelectedChanged" });
  };
  window.Office = {
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    context: {
      displayLanguage: cfg.language,
      officeTheme: cfg.dark
        ? { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff", isDarkTheme: true }
        : { bodyBackgroundColor: "#faf9f8", bodyForegroundColor: "#323130", isDarkTheme: false },
      requirements: {
        isSetSupported: (name, version) => {
          const [major, minor] = String(version || "1.1").split(".").map(Number);
          return name === "Mailbox" && major === 1 && minor <= 14;
        },
      },
      diagnostics: { platform: "OfficeOnline", version: "fake", host: "Outlook" },
      roamingSettings: {
        get: (key) => fake.settings[key],
        set: (key, value) => { fake.settings[key] = value; },
        remove: (key) => { delete fake.settings[key]; },
        saveAsync: (...args) => done(args),
      },
      ui: { openBrowserWindow: (url) => fake.links.push(url) },
      mailbox,
    },
    onReady: (callback) => {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      if (cfg.neverReady) return new Promise(() => {});
      if (callback) callback(info);
      return Promise.resolve(info);
    },
  };
})();`;
}

/** Serve the fake in place of Office.js's CDN script (page routes win over the harness's context block). */
export async function useFakeOffice(page: Page, config: FakeOffice): Promise<void> {
  await page.route(officeJsUrl, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOfficeScript(config) }),
  );
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
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    // Fluent's focus manager (tabster) adds aria-hidden <i tabindex=0> sentinels that pass focus on at
    // once; they are not content, so they are left out like Fluent's own accessibility tests do.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
}
