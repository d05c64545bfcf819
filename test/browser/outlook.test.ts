/**
 * What real Outlook clients do that the pane must survive (issue 15), on the built task pane in
 * Chromium with the fake Office.js (fake-office.ts): Office.js answering late, a selection that
 * moves without ItemChanged, ItemChanged for the item already shown, messages dragged onto the pane
 * (DragAndDropEvent on the web and new Outlook, HTML5 drop in classic Outlook), links on clients with
 * and without openBrowserWindow, the page's scrollbar.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samples } from "../../src/preview/samples/files.js";
import { explanationSettled, recordedLinks, recordLinkClicks, useFakeOffice, type FakeItem } from "./pane-support.js";
import { browserSkipReason, launchBrowser, newPage, pageUrl, screenshot } from "./support/browser.js";

const sample = (name: string) => {
  const found = samples.find((s) => s.name === name);
  if (!found) throw new Error(`no sample ${name}`);
  return found;
};
const item = (name: string, subject = `Undeliverable: ${name}`): FakeItem => ({
  id: `id-${name}`,
  itemClass: "IPM.Note",
  eml: sample(name).content,
  subject,
  from: { displayName: "Microsoft Outlook", emailAddress: "postmaster@contoso.com" },
  date: "2026-11-30T08:15:02Z",
});

type Fake = { select(i: number): void; selectQuietly(i: number): void; fire(type: string, args?: unknown): boolean };
const fake = (page: Page, run: (fake: Fake) => unknown) =>
  page.evaluate((source) => {
    const f = (window as unknown as { __fake: Fake }).__fake;
    return new Function("fake", `return (${source})(fake)`)(f);
  }, run.toString());

/** Drags messages onto the pane as Outlook on the web does (fake.drop); false when no handler listens. */
const dropThroughOffice = (page: Page, files: Array<{ name: string; type: string; text: string }>) =>
  page.evaluate(
    (given) => (window as unknown as { __fake: { drop(files: unknown[]): boolean } }).__fake.drop(given),
    files,
  );

async function cause(page: Page): Promise<string | null> {
  await explanationSettled(page);
  return page.locator("[data-testid=explanation]").first().getAttribute("data-cause");
}

const explainedItem = (page: Page) => page.locator("[data-testid=explained-item]").innerText();

describe.skipIf(browserSkipReason)("the pane in real Outlook clients' conditions", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("names the message it explains (subject, sender, date) on one line at 320 px", async () => {
    for (const [language, expected] of [
      ["en-US", /Undeliverable: Quarterly figures · from Microsoft Outlook · 30 Nov 2026/],
      ["nb-NO", /Undeliverable: Quarterly figures · fra Microsoft Outlook · 30\. nov\.? 2026/],
    ] as const) {
      const page = await newPage(browser, { width: 320 });
      await useFakeOffice(page, { items: [item("gmail-unknown-user", "Undeliverable: Quarterly figures")], language });
      await page.goto(pageUrl("taskpane.html"));
      expect(await cause(page)).toBe("RECIPIENT_UNKNOWN");
      expect(await explainedItem(page)).toMatch(expected);
      const box = await page.locator("[data-testid=explained-item]").boundingBox();
      expect(box!.height).toBeLessThan(30); // one line, however long the subject
      await screenshot(page, `pane-explained-item-${language.slice(0, 2)}`);
      await page.close();
    }
  });

  it("re-checks the selected message when the pane regains focus, without ItemChanged", async () => {
    const page = await newPage(browser, { width: 320 });
    await useFakeOffice(page, {
      items: [item("gmail-unknown-user", "First bounce"), item("postfix-mailbox-full", "Second bounce")],
      language: "en-US",
    });
    await page.goto(pageUrl("taskpane.html"));
    expect(await cause(page)).toBe("RECIPIENT_UNKNOWN");
    await fake(page, (f) => f.selectQuietly(1));
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect.poll(() => page.locator("[data-testid=explanation]").getAttribute("data-cause")).toBe("MAILBOX_FULL");
    expect(await explainedItem(page)).toMatch(/Second bounce · from/);
    await page.close();
  });

  it("keeps a good verdict when ItemChanged fires but Outlook still offers the same message", async () => {
    const page = await newPage(browser, { width: 320 });
    await useFakeOffice(page, { items: [item("gmail-unknown-user", "First bounce")], language: "en-US" });
    await page.goto(pageUrl("taskpane.html"));
    expect(await cause(page)).toBe("RECIPIENT_UNKNOWN");
    expect(await fake(page, (f) => f.fire("olkItemSelectedChanged"))).toBe(true);
    await page.waitForTimeout(500);
    expect(await page.locator("[data-testid=no-bounce]").count()).toBe(0);
    expect(await page.locator("[data-testid=explanation]").getAttribute("data-cause")).toBe("RECIPIENT_UNKNOWN");
    expect(await explainedItem(page)).toMatch(/First bounce · from/);
    await page.close();
  });

  it("keeps one ItemChanged subscription through boot: Outlook's handler is never removed and added again", async () => {
    const page = await newPage(browser, { width: 320 });
    await useFakeOffice(page, { items: [item("gmail-unknown-user"), item("postfix-mailbox-full")], language: "en-US" });
    await page.goto(pageUrl("taskpane.html"));
    expect(await cause(page)).toBe("RECIPIENT_UNKNOWN");
    const calls = () =>
      page.evaluate(() =>
        (window as unknown as { __fake: { handlerCalls: string[] } }).__fake.handlerCalls.filter((c) =>
          c.endsWith("olkItemSelectedChanged"),
        ),
      );
    expect(await calls()).toEqual(["add olkItemSelectedChanged"]);
    await fake(page, (f) => f.select(1));
    await expect.poll(() => page.locator("[data-testid=explanation]").getAttribute("data-cause")).toBe("MAILBOX_FULL");
    expect(await calls()).toEqual(["add olkItemSelectedChanged"]);
    await page.close();
  });

  it("when Office.onReady answers only after 10 s, the pane starts on its own and then switches to the message", async () => {
    const page = await newPage(browser, { width: 320 });
    await useFakeOffice(page, { items: [item("gmail-unknown-user")], language: "en-US", readyAfterMs: 10_000 });
    await page.goto(pageUrl("taskpane.html"));
    await page.locator("[data-testid=paste-box]").waitFor({ timeout: 30_000 });
    expect(await page.locator("#root").innerText()).toMatch(/hasn't answered yet/);
    expect(await cause(page)).toBe("RECIPIENT_UNKNOWN"); // explanationSettled waits up to 30 s
    expect(await page.locator("#root").innerText()).not.toMatch(/hasn't answered yet/);
    expect(page.errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
    await page.close();
  });

  describe("drag and drop (item 6)", () => {
    // A delivery report the pane opened on anyway (OfficeDev/office-js#6558): Outlook hands over an
    // empty shell, so the pane cannot read it and says how to bring the bounce in.
    const reportShell: FakeItem = { ...item("gmail-unknown-user"), itemClass: "REPORT.IPM.Note.NDR", eml: "" };
    const bounceFile = {
      name: "Undeliverable Quarterly figures.eml",
      type: "message/rfc822",
      text: sample("gmail-unknown-user").content,
    };
    const handlerCalls = (page: Page) =>
      page.evaluate(() => (window as unknown as { __fake: { handlerCalls: string[] } }).__fake.handlerCalls);

    it.each([
      [
        "web",
        "en-US",
        /How to drag a bounce onto this pane\s+Pin this pane/,
        "Explained from: Undeliverable Quarterly figures.eml",
      ],
      [
        "new",
        "nb-NO",
        /Slik drar du en returmelding over på ruten\s+Fest ruten/,
        "Forklart fra: Undeliverable Quarterly figures.eml",
      ],
    ] as const)(
      "%s Outlook (%s): the help says to drag the bounce here, and a message dropped through DragAndDropEvent is explained",
      async (client, language, help, from) => {
        const page = await newPage(browser, { width: 320 });
        await useFakeOffice(page, { items: [reportShell], language, client });
        await page.goto(pageUrl("taskpane.html"));
        await page.locator("[data-testid=no-bounce]").waitFor({ timeout: 30_000 });
        expect(await page.locator("[data-testid=drag-help]").innerText()).toMatch(help);
        expect(await page.locator("[data-testid=notice-report-item-blocked]").innerText()).toMatch(
          client === "web" ? /Drag the bounce onto this pane/ : /Dra returmeldingen over på denne ruten/,
        );
        await screenshot(page, `pane-drag-help-${client}-${language.slice(0, 2)}`);
        await expect.poll(() => handlerCalls(page)).toContain("add olkDragAndDropEvent");
        expect(await dropThroughOffice(page, [bounceFile])).toBe(true);
        expect(await cause(page)).toBe("RECIPIENT_UNKNOWN");
        expect(await page.locator("[data-testid=pane-main]").innerText()).toContain(from);
        await screenshot(page, `pane-dropped-${client}-${language.slice(0, 2)}`);
        await page.close();
      },
    );

    it("several messages dropped at once are listed to pick from", async () => {
      const page = await newPage(browser, { width: 320 });
      await useFakeOffice(page, { items: [reportShell], language: "en-US" });
      await page.goto(pageUrl("taskpane.html"));
      await page.locator("[data-testid=no-bounce]").waitFor({ timeout: 30_000 });
      await expect.poll(() => handlerCalls(page)).toContain("add olkDragAndDropEvent");
      const second = { name: "Mailbox full.eml", type: "message/rfc822", text: sample("postfix-mailbox-full").content };
      expect(await dropThroughOffice(page, [bounceFile, second])).toBe(true);
      await page.getByText("Mailbox full.eml").click();
      expect(await cause(page)).toBe("MAILBOX_FULL");
      await page.close();
    });

    it("classic Outlook: DragAndDropEvent is not asked for (the client refuses it), and an HTML5 drop on the pane is explained", async () => {
      const page = await newPage(browser, { width: 320 });
      await useFakeOffice(page, { items: [reportShell], language: "en-US", client: "classic" });
      await page.goto(pageUrl("taskpane.html"));
      await page.locator("[data-testid=no-bounce]").waitFor({ timeout: 30_000 });
      expect(await handlerCalls(page)).toContain("add olkItemSelectedChanged");
      expect(await handlerCalls(page)).not.toContain("add olkDragAndDropEvent");
      expect(await dropThroughOffice(page, [bounceFile])).toBe(false); // nobody listens there
      expect(await page.locator("[data-testid=drag-help]").count()).toBe(1);
      expect(await page.locator("[data-testid=no-bounce]").innerText()).not.toMatch(/DragAndDrop/);
      const dataTransfer = await page.evaluateHandle((file) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([file.text], file.name, { type: file.type }));
        return transfer;
      }, bounceFile);
      await page.dispatchEvent("[data-testid=pane-main]", "drop", { dataTransfer });
      expect(await cause(page)).toBe("RECIPIENT_UNKNOWN");
      await page.close();
    });
  });

  describe("links out of the pane (item 7)", () => {
    // Exchange Online's refusal of a banned sending IP, lifted at its delist portal (the reply's words as
    // in ../shared/knowledge/office-js-facts.md §6; the report's shape is RFC 3464's)
    const bannedIp = [
      "From: Microsoft Outlook <postmaster@contoso.com>",
      "To: kari@contoso.com",
      "Subject: Undeliverable: Quarterly figures",
      "Date: Mon, 30 Nov 2026 08:15:02 +0000",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain",
      "",
      "Delivery has failed to these recipients or groups:",
      "ola@fabrikam.example",
      "",
      "--b1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; AM0PR01MB1234.eurprd01.prod.outlook.com",
      "",
      "Final-Recipient: rfc822; ola@fabrikam.example",
      "Action: failed",
      "Status: 5.7.606",
      "Diagnostic-Code: smtp; 550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit https://sender.office.com/ and follow the directions.",
      "",
      "--b1--",
      "",
    ].join("\r\n");
    const blocklisted: FakeItem = { ...item("gmail-unknown-user"), eml: bannedIp };

    async function clickDelistLink(page: Page): Promise<void> {
      expect(await cause(page)).toBe("EOP_BANNED_SENDING_IP");
      await recordLinkClicks(page);
      await page.locator("[data-testid=tab-admin]").click();
      await page.locator("[data-testid=link-button]").first().click();
    }

    it.each(["web", "new"] as const)(
      "%s Outlook (no openBrowserWindow): the delist link is a real anchor that opens a new tab itself",
      async (client) => {
        const page = await newPage(browser, { width: 320 });
        await useFakeOffice(page, { items: [blocklisted], language: "en-US", client });
        await page.goto(pageUrl("taskpane.html"));
        await clickDelistLink(page);
        expect(await recordedLinks(page)).toEqual({
          clicks: [
            { href: "https://sender.office.com/", target: "_blank", rel: "noopener noreferrer", prevented: false },
          ],
          opened: [],
        });
        expect(await page.evaluate(() => (window as unknown as { __fake: { links: string[] } }).__fake.links)).toEqual(
          [],
        );
        await page.close();
      },
    );

    it("classic Outlook: the same link goes to openBrowserWindow (the system browser) instead", async () => {
      const page = await newPage(browser, { width: 320 });
      await useFakeOffice(page, { items: [blocklisted], language: "en-US", client: "classic" });
      await page.goto(pageUrl("taskpane.html"));
      await clickDelistLink(page);
      const { clicks, opened } = await recordedLinks(page);
      expect(clicks).toEqual([
        { href: "https://sender.office.com/", target: "_blank", rel: "noopener noreferrer", prevented: true },
      ]);
      expect(opened).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __fake: { links: string[] } }).__fake.links)).toEqual([
        "https://sender.office.com/",
      ]);
      await page.close();
    });
  });

  it("the pane's page always shows its vertical scrollbar (WebView2 hides an 'auto' one until hovered; item 12)", async () => {
    const page = await newPage(browser, { width: 320, height: 400 });
    await useFakeOffice(page, { items: [item("gmail-unknown-user")], language: "en-US" });
    await page.goto(pageUrl("taskpane.html"));
    expect(await cause(page)).toBe("RECIPIENT_UNKNOWN");
    expect(await page.evaluate(() => getComputedStyle(document.body).overflowY)).toBe("scroll");
    await page.close();
  });

  describe("a client below the floor (no WeakRef: older WebKit, EdgeHTML, Trident)", () => {
    const belowFloor = (page: Page) =>
      page.addInitScript(() => {
        delete (window as unknown as { WeakRef?: unknown }).WeakRef;
      });

    it.each([
      ["en-US", "This version of Outlook is too old for NDR Explainer; use Outlook on the web."],
      ["nb-NO", "Denne versjonen av Outlook er for gammel for NDR Explainer. Bruk Outlook på nettet."],
    ])("the pane says so (%s) instead of staying blank", async (language, expected) => {
      const page = await newPage(browser, { width: 320 });
      await belowFloor(page);
      await useFakeOffice(page, { items: [item("gmail-unknown-user")], language });
      await page.goto(pageUrl("taskpane.html"));
      await expect.poll(() => page.locator("[data-testid=too-old]").textContent()).toBe(expected);
      await page.waitForTimeout(1000);
      expect(await page.locator("[data-testid=pane]").count()).toBe(0); // the pane's own code did not start
      expect(await page.locator("#root").innerText()).toBe(expected);
      await screenshot(page, `pane-too-old-${language.slice(0, 2)}`);
      await page.close();
    });

    it("the ribbon's quick verdict says so too, and completes the event", async () => {
      const page = await newPage(browser);
      await belowFloor(page);
      await useFakeOffice(page, { items: [item("gmail-unknown-user")], language: "nb-NO" });
      await page.goto(pageUrl("commands.html"));
      const result = await runQuickVerdict(page);
      expect(result.completed).toBe(1);
      expect(result.notifications).toEqual([
        {
          key: "ndrQuickVerdict",
          type: "informationalMessage",
          message: "Denne versjonen av Outlook er for gammel for NDR Explainer. Bruk Outlook på nettet.",
          icon: "Icon.16",
          persistent: false,
        },
      ]);
      await page.close();
    });
  });

  it("the function file associates quickVerdict at once and answers with the verdict line", async () => {
    const page = await newPage(browser);
    await useFakeOffice(page, { items: [item("gmail-unknown-user")], language: "en-US", readyAfterMs: 60_000 });
    await page.goto(pageUrl("commands.html"));
    // Office.onReady has not answered (60 s): the association happened at the top level all the same
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys((window as unknown as { __fake: { actions: object } }).__fake.actions)),
      )
      .toEqual(["quickVerdict"]);
    const result = await runQuickVerdict(page);
    expect(result.completed).toBe(1);
    expect(result.notifications).toHaveLength(1);
    expect(result.notifications[0]!.message).toMatch(/5\.1\.1/);
    await page.close();
  });
});

/** Clicks the ribbon button as Outlook would: calls the associated function with an event, waits for completed(). */
async function runQuickVerdict(
  page: Page,
): Promise<{ completed: number; notifications: Array<Record<string, unknown>> }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const fake = (
          window as unknown as {
            __fake: { actions: Record<string, (e: unknown) => void>; notifications: Array<Record<string, unknown>> };
          }
        ).__fake;
        const wait = (tries: number) => {
          const run = fake.actions.quickVerdict;
          if (!run)
            return tries > 0 ? setTimeout(() => wait(tries - 1), 100) : resolve({ completed: 0, notifications: [] });
          let completed = 0;
          run({
            completed: () => {
              completed += 1;
              setTimeout(() => resolve({ completed, notifications: fake.notifications }), 200);
            },
          });
        };
        wait(100);
      }),
  );
}
