/**
 * Hostile bounces in the built preview page and task pane: a bounce quotes whatever the original
 * message held, and a fake one is written by an attacker. Script tags, on* handlers, javascript:
 * links, an <iframe>, CSS that hides or covers the page, a <base>/<meta refresh>/<link> that would
 * fetch, and 10 MB of nested tags must all come out as inert text: no dialog, no script run (a
 * global flag the payloads would set stays unset), no element of the NDR in the DOM, no request
 * off the machine, and the page still answers. The payload shapes are the usual XSS test strings
 * (OWASP cheat-sheet style), written here for this test.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explanationSettled, useFakeOffice } from "./pane-support.js";
import { browserSkipReason, launchBrowser, newPage, officeJsUrl, pageUrl, recordRequests } from "./support/browser.js";

const MARK = "ndr-hostile";

/** Each would set window.__pwned (or open a dialog, or add an element with an id starting MARK) if it ever ran or rendered. */
const PAYLOADS = [
  `<script>window.__pwned = "script"; alert("script")</script>`,
  `<img id="${MARK}-img" src="x" onerror="window.__pwned='onerror';alert('img')">`,
  `<svg id="${MARK}-svg" onload="window.__pwned='svg'"><circle r="1"/></svg>`,
  `<a id="${MARK}-link" href="javascript:window.__pwned='js-link';alert('link')">Release your held messages</a>`,
  `<iframe id="${MARK}-frame" src="javascript:parent.__pwned='iframe'" srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>`,
  `<style id="${MARK}-style">body{display:none!important} *{visibility:hidden!important}</style>`,
  `<div id="${MARK}-overlay" style="position:fixed;inset:0;z-index:2147483647;background:red" onmouseover="window.__pwned='hover'">covered</div>`,
  `<form id="${MARK}-form" action="https://collect.example/"><input type="password" name="p" autofocus onfocus="window.__pwned='focus'"></form>`,
  `<object id="${MARK}-object" data="javascript:window.__pwned='object'"></object><embed id="${MARK}-embed" src="javascript:window.__pwned='embed'">`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='refresh'"><base href="https://evil.example/">`,
  `<link rel="stylesheet" href="https://evil.example/steal.css"><img src="https://evil.example/pixel.gif">`,
  `"><script>window.__pwned='attribute-break'</script><x y="`,
  `{{constructor.constructor('window.__pwned="template"')()}}`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'">`,
  `<details open ontoggle="window.__pwned='toggle'"><summary>x</summary></details>`,
  `<a href="  JaVaScRiPt:window.__pwned='mixed-case'">Verify your account</a>`,
];

const hostileText = PAYLOADS.join("\n");

/** A Postfix-shaped bounce (RFC 3464 body text) whose server reply and quoted text carry the payloads. */
function hostileBounce(extraBody = ""): string {
  return [
    "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
    "To: sender@example.com",
    `Subject: Undelivered Mail Returned to Sender ${PAYLOADS[0]}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    "This is the mail system at host mx.example.net.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    `<user@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <user@example.org>: Recipient address rejected: User unknown ${PAYLOADS[1]} ${PAYLOADS[3]} (in reply to RCPT TO command)`,
    "",
    hostileText,
    extraBody,
    "",
  ].join("\r\n");
}

/** The same lure as an HTML-bodied message (multipart/alternative), as Outlook would hand it over. */
function hostileHtmlEml(): string {
  return [
    "From: Mail Delivery System <mailer-daemon@mx.example.net>",
    "To: sender@example.com",
    "Subject: Undeliverable: 3 messages held",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "550 5.1.1 <user@example.org>: Recipient address rejected: User unknown",
    hostileText,
    "--b1",
    "Content-Type: text/html; charset=utf-8",
    "",
    `<html><head>${PAYLOADS[5]}${PAYLOADS[9]}${PAYLOADS[10]}</head><body onload="window.__pwned='body-onload'">`,
    `<p>550 5.1.1 &lt;user@example.org&gt;: Recipient address rejected: User unknown</p>${hostileText}</body></html>`,
    "--b1--",
    "",
  ].join("\r\n");
}

/** About 10 MB of nested tags around the payloads. */
function tenMegabytesOfTags(): string {
  const open = `<div class="x"><span style="color:red"><b>`;
  const close = `</b></span></div>`;
  const depth = Math.ceil((10 * 1024 * 1024) / (open.length + close.length));
  return open.repeat(depth) + hostileText + close.repeat(depth);
}

interface Watch {
  dialogs: string[];
}

function watchDialogs(page: Page): Watch {
  const watch: Watch = { dialogs: [] };
  page.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return watch;
}

/**
 * Waits until the pane has explained the input: the explanation block (which holds the verdict, or
 * "not a bounce", and the fake-bounce warning) with what follows it. The pane's empty state does not count, so a slow
 * 10 MB explanation cannot be mistaken for a finished one.
 */
async function waitForResult(page: Page, timeout = 60_000): Promise<void> {
  await explanationSettled(page, timeout);
  await page.waitForFunction(() => !document.querySelector("[data-testid=pane-loading]"), null, {
    timeout,
    polling: 200,
  });
}

/** Everything that would show the NDR got executed or rendered as markup. */
async function assertInert(page: Page, watch: Watch, iframesBefore: number): Promise<void> {
  // Give any deferred handler (onerror after a failed image load, refresh, toggle) a moment to fire.
  const box = await page.locator("[data-testid=explanation]").first().boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
  await page.waitForTimeout(500);
  expect(watch.dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  const leaked = await page.evaluate((mark) => {
    const found = [...document.querySelectorAll(`[id^="${mark}"]`)].map((el) => el.id);
    const jsLinks = [...document.querySelectorAll("a[href]")].filter((a) =>
      /^\s*javascript:/i.test(a.getAttribute("href") ?? ""),
    ).length;
    const styles = [...document.querySelectorAll("style")].filter((s) =>
      (s.textContent ?? "").includes("display:none!important"),
    ).length;
    const frames = document.querySelectorAll("iframe, object, embed").length;
    const bases = document.querySelectorAll("base, meta[http-equiv=refresh i]").length;
    return { found, jsLinks, styles, frames, bases };
  }, MARK);
  expect(leaked).toEqual({ found: [], jsLinks: 0, styles: 0, frames: iframesBefore, bases: 0 });
  // CSS tricks did not hide or cover the page.
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe("none");
  // The page still answers: a frame is painted and script runs promptly.
  expect(await page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(true))))).toBe(
    true,
  );
}

describe.skipIf(browserSkipReason)("hostile NDRs render as inert text", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openPreview(): Promise<{
    page: Page & { errors: string[] };
    watch: Watch;
    iframes: number;
    requests: ReturnType<typeof recordRequests>;
  }> {
    const page = await newPage(browser, { width: 1280, height: 900 });
    const requests = recordRequests(page);
    const watch = watchDialogs(page);
    await page.goto(pageUrl("preview.html?lang=en"));
    await page.locator("[data-testid=paste-box]").waitFor({ timeout: 30_000 });
    const iframes = await page.evaluate(() => document.querySelectorAll("iframe, object, embed").length);
    return { page, watch, iframes, requests };
  }

  it("pasted into the preview page: script, handlers, javascript: links, iframe, CSS tricks stay text", async () => {
    const { page, watch, iframes, requests } = await openPreview();
    await page.locator("[data-testid=paste-box]").fill(hostileBounce());
    await page.locator("[data-testid=explain-button]").click();
    await waitForResult(page);
    await assertInert(page, watch, iframes);
    // Shown as text: the server's reply, payload and all, is readable in the pane (a bounce flagged
    // as fake shows no verdict card, so the reply is in the details).
    if (await page.locator("[data-testid=trust-warning]").count()) {
      await page.locator("[data-testid=details-header]").click();
      // the facts render when the disclosure's toggle event arrives, a few milliseconds after the click
      await page.locator("[data-testid=details-panel]").waitFor();
    }
    const paneText = await page.locator("[data-testid=pane-frame]").innerText();
    expect(paneText).toContain("Recipient address rejected");
    expect(await page.locator("[data-testid=pane-frame]").textContent()).toContain("onerror=");
    expect(requests.external()).toEqual([]);
    expect(page.errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
    await page.close();
  });

  it("an HTML bounce picked as a file in the preview page", async () => {
    const { page, watch, iframes, requests } = await openPreview();
    await page
      .locator("[data-testid=file-input]")
      .setInputFiles({ name: "hostile.eml", mimeType: "message/rfc822", buffer: Buffer.from(hostileHtmlEml()) });
    await waitForResult(page);
    await assertInert(page, watch, iframes);
    expect(requests.external()).toEqual([]);
    await page.close();
  });

  it("10 MB of nested tags pasted: explained as inert text, page still responsive", async () => {
    const { page, watch, iframes, requests } = await openPreview();
    // Chromium lays 10 MB out in the text box itself: seconds on a quiet machine, far more on a busy one
    await page.locator("[data-testid=paste-box]").fill(hostileBounce(tenMegabytesOfTags()), { timeout: 110_000 });
    await page.locator("[data-testid=explain-button]").click();
    await waitForResult(page, 110_000);
    await assertInert(page, watch, iframes);
    // Still usable afterwards: the paste box takes new input.
    await page.locator("[data-testid=paste-box]").fill("hello");
    expect(await page.locator("[data-testid=paste-box]").inputValue()).toBe("hello");
    expect(requests.external()).toEqual([]);
    await page.close();
  });

  it("the selected item in the task pane (fake Outlook on the web) with an HTML body", async () => {
    const page = await newPage(browser, { width: 360, height: 900 });
    const requests = recordRequests(page);
    const watch = watchDialogs(page);
    await useFakeOffice(page, {
      items: [{ id: "hostile", itemClass: "IPM.Note", eml: hostileHtmlEml() }],
      language: "en-US",
    });
    await page.goto(pageUrl("taskpane.html"));
    await waitForResult(page);
    await assertInert(page, watch, 0);
    // The only request off the machine is Office.js itself (served by the fake here).
    expect(requests.external().filter((url) => url !== officeJsUrl)).toEqual([]);
    await page.close();
  });
});
