/**
 * The ribbon's quick verdict (issue 6 item 5, issue 8 item 4): it reads the item like the pane,
 * shows one line through notificationMessages.replaceAsync, and ALWAYS calls event.completed()
 * exactly once — on success, on every failure and on timeout. Outlook is an office-addin-mock
 * fake; explainBounce is the real core unless a test swaps in a fixed explanation.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { BounceInput, Explanation } from "../../src/core/types.js";
import { t } from "../../src/core/i18n/index.js";
import { verdictLine } from "../../src/core/verdict-line.js";
import { blocklisted, restrictedGroup } from "../office/support/explanations.js";
import { samples } from "../core/drafts/ndr-samples.js";
import {
  asyncMethod,
  base64,
  CallLog,
  fail,
  installOutlook,
  never,
  ok,
  readItem,
  settle,
  throws,
  uninstallOutlook,
} from "../office/support/outlook-mock.js";

const control = vi.hoisted(() => ({
  explain: undefined as undefined | ((input: BounceInput, options: { language?: string }) => Promise<Explanation>),
  calls: [] as Array<{ input: BounceInput; options: { language?: string } }>,
}));

vi.mock("../../src/core/index.js", async (importActual) => {
  const actual = await importActual<typeof import("../../src/core/index.js")>();
  return {
    ...actual,
    explainBounce: async (input: BounceInput, options: { language?: "nb" | "en" } = {}) => {
      control.calls.push({ input, options });
      return control.explain ? control.explain(input, options) : actual.explainBounce(input, options);
    },
  };
});

const { quickVerdict, registerQuickVerdict, notificationKey } = await import("../../src/commands/commands.js");
const { RoamingSettingsStore } = await import("../../src/office/settings.js");
const { explainBounce: realExplain } =
  await vi.importActual<typeof import("../../src/core/index.js")>("../../src/core/index.js");

const fast = { quick: { timeoutMs: 30, backoffMs: 1 }, slow: { timeoutMs: 30, backoffMs: 1 }, overallTimeoutMs: 2_000 };

function countingEvent() {
  const event = { completions: 0, completed: () => (event.completions += 1) };
  return event;
}

function shown(log: CallLog): Array<[string, Record<string, unknown>]> {
  return log
    .of("notificationMessages.replaceAsync")
    .map((call) => [call.args[0] as string, call.args[1] as Record<string, unknown>]);
}

afterEach(() => {
  uninstallOutlook();
  control.explain = undefined;
  control.calls.length = 0;
});

describe("quick verdict", () => {
  it("shows the core's one-line verdict as an informational InfoBar with the manifest's icon", async () => {
    control.explain = async () => blocklisted();
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log) });
    const event = countingEvent();
    await quickVerdict(event, fast);
    expect(event.completions).toBe(1);
    expect(shown(log)).toEqual([
      [
        notificationKey,
        { type: "informationalMessage", message: verdictLine(blocklisted(), "en"), icon: "Icon.16", persistent: false },
      ],
    ]);
    expect(verdictLine(blocklisted(), "en")).toContain("ola@fabrikam.example");
    // read like the pane: the body pieces went to the core
    expect(control.calls[0]!.input).toMatchObject({
      kind: "office",
      pieces: { bodyText: expect.stringContaining("Delivery has failed") },
    });
  });

  it("runs the real core end to end and keeps the line within 150 characters", async () => {
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log) });
    await quickVerdict(countingEvent(), fast);
    const [[, details]] = shown(log) as [[string, { message: string }]];
    const expected = verdictLine(await realExplain(control.calls[0]!.input, { language: "en" }), "en");
    expect(details.message).toBe(expected);
    expect(details.message.length).toBeLessThanOrEqual(150);
  });

  it.each((["en", "nb"] as const).flatMap((language) => Object.keys(samples).map((name) => [language, name] as const)))(
    "%s: the real verdict for the %s NDR read with getAsFileAsync, status code included, within 150 characters",
    async (language, name) => {
      const eml = samples[name as keyof typeof samples];
      const log = new CallLog();
      installOutlook({
        item: readItem(log, { getAsFileAsync: asyncMethod(log, "getAsFileAsync", ok(base64(eml))) }),
        context: { displayLanguage: language === "nb" ? "nb-NO" : "en-US" },
      });
      const event = countingEvent();
      await quickVerdict(event, fast);
      expect(event.completions).toBe(1);
      const message = shown(log)[0]![1].message as string;
      const status = /^Status: (\S+)/m.exec(eml)![1]!;
      expect(message).toBe(verdictLine(await realExplain({ kind: "text", text: eml }, { language }), language));
      expect(message).toContain(`[${status}]`);
      expect(message.length).toBeLessThanOrEqual(150);
    },
  );

  it("speaks Norwegian when Outlook's display language is Norwegian, or the user chose it", async () => {
    control.explain = async (_input, options) => ({ ...restrictedGroup(), language: options.language as "nb" });
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log), context: { displayLanguage: "nb-NO" } });
    await quickVerdict(countingEvent(), fast);
    expect(control.calls[0]!.options).toEqual({ language: "nb" });
    expect(shown(log)[0]![1].message).toBe(verdictLine({ ...restrictedGroup(), language: "nb" }, "nb"));

    control.calls.length = 0;
    installOutlook({
      highest: "1.13",
      item: readItem(new CallLog()),
      context: {
        displayLanguage: "en-GB",
        roamingSettings: { get: (key: string) => (key === "language" ? "nb" : undefined) },
      },
    });
    await quickVerdict(countingEvent(), fast);
    expect(control.calls[0]!.options).toEqual({ language: "nb" });
  });

  it("answers in the organisation's default language (ndr-explainer.config.json), as the pane does", async () => {
    control.explain = async (_input, options) => ({ ...restrictedGroup(), language: options.language as "nb" });
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log), context: { displayLanguage: "en-US" } });
    const organisation = new RoamingSettingsStore(async () => ({ language: "nb" }));
    await quickVerdict(countingEvent(), { ...fast, settings: organisation });
    expect(control.calls[0]!.options).toEqual({ language: "nb" });
    expect(shown(log)[0]![1].message).toBe(verdictLine({ ...restrictedGroup(), language: "nb" }, "nb"));

    // the user's own choice in the mailbox still wins
    control.calls.length = 0;
    installOutlook({
      highest: "1.13",
      item: readItem(new CallLog()),
      context: {
        displayLanguage: "nb-NO",
        roamingSettings: { get: (key: string) => (key === "language" ? "en" : undefined) },
      },
    });
    await quickVerdict(countingEvent(), {
      ...fast,
      settings: new RoamingSettingsStore(async () => ({ language: "nb" })),
    });
    expect(control.calls[0]!.options).toEqual({ language: "en" });
  });

  it("uses the first attachment that really is a bounce", async () => {
    const notABounce = {
      ...blocklisted(),
      report: { ...blocklisted().report, kind: "not-a-report" as const },
      recipients: [],
    };
    control.explain = async (input) =>
      (input as { name?: string }).name === "first.eml" ? notABounce : restrictedGroup();
    const log = new CallLog();
    installOutlook({
      item: readItem(log, {
        subject: "FW: two bounces",
        from: { emailAddress: "kari@contoso.com" },
        attachments: [
          { id: "a0", name: "first.eml", attachmentType: "file", contentType: "message/rfc822" },
          { id: "a1", name: "second.eml", attachmentType: "file", contentType: "message/rfc822" },
        ],
        getAttachmentContentAsync: asyncMethod(
          log,
          "getAttachmentContentAsync",
          ok({ format: "base64", content: base64("From: x\r\n\r\ny") }),
        ),
      }),
    });
    await quickVerdict(countingEvent(), fast);
    expect(shown(log)[0]![1].message).toBe(verdictLine(restrictedGroup(), "en"));
  });

  it("tells the user to open the pane when there is nothing to read", async () => {
    const log = new CallLog();
    installOutlook({
      highest: "1.13",
      item: readItem(
        log,
        { itemClass: "REPORT.IPM.Note.NDR", getAllInternetHeadersAsync: asyncMethod(log, "h", ok("")) },
        { text: ok(""), html: ok("") },
      ),
    });
    const event = countingEvent();
    await quickVerdict(event, fast);
    expect(event.completions).toBe(1);
    expect(control.calls).toEqual([]);
    expect(shown(log)[0]![1]).toMatchObject({ message: t("en", "command.openPane") });
  });

  it("says 'open the pane' when the core throws, and still completes", async () => {
    control.explain = async () => {
      throw new Error("core bug");
    };
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log) });
    const event = countingEvent();
    await quickVerdict(event, fast);
    expect(event.completions).toBe(1);
    expect(shown(log)[0]![1].message).toBe(t("en", "command.openPane"));
  });
});

describe("quick verdict always completes", () => {
  it("with no item selected (nothing to show the InfoBar on)", async () => {
    installOutlook({ item: null });
    const event = countingEvent();
    await quickVerdict(event, fast);
    expect(event.completions).toBe(1);
  });

  it("outside Outlook", async () => {
    const event = countingEvent();
    await quickVerdict(event, fast);
    expect(event.completions).toBe(1);
  });

  it.each([
    ["an error result", fail(9041, "NetworkError", "offline")],
    ["an exception", throws],
    ["no callback", never],
  ])("when replaceAsync gives %s", async (_how, reply) => {
    control.explain = async () => blocklisted();
    const log = new CallLog();
    installOutlook({
      highest: "1.13",
      item: readItem(log, {
        notificationMessages: { replaceAsync: asyncMethod(log, "notificationMessages.replaceAsync", reply) },
      }),
    });
    const event = countingEvent();
    await quickVerdict(event, fast);
    expect(event.completions).toBe(1);
  });

  it("when notificationMessages is missing (older client)", async () => {
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log, { notificationMessages: {} }) });
    const event = countingEvent();
    await quickVerdict(event, fast);
    expect(event.completions).toBe(1);
  });

  it("when every read fails in every way", async () => {
    const log = new CallLog();
    installOutlook({
      item: readItem(
        log,
        { getAsFileAsync: asyncMethod(log, "f", throws), getAllInternetHeadersAsync: asyncMethod(log, "h", never) },
        { text: fail(5001, "InternalError", "x"), html: throws },
      ),
    });
    const event = countingEvent();
    await quickVerdict(event, fast);
    expect(event.completions).toBe(1);
    expect(shown(log)[0]![1].message).toBe(t("en", "command.openPane"));
  });

  it("when the whole command runs past its deadline", async () => {
    const log = new CallLog();
    installOutlook({ item: readItem(log, { getAsFileAsync: asyncMethod(log, "getAsFileAsync", never) }) });
    const event = countingEvent();
    await quickVerdict(event, { quick: { timeoutMs: 500 }, slow: { timeoutMs: 500 }, overallTimeoutMs: 20 });
    expect(event.completions).toBe(1);
    expect(shown(log)).toEqual([]);
  });

  it("when event.completed itself throws", async () => {
    installOutlook({ item: null });
    await expect(
      quickVerdict(
        {
          completed: () => {
            throw new Error("already completed");
          },
        },
        fast,
      ),
    ).resolves.toBeUndefined();
  });
});

describe("registration", () => {
  it("associates the manifest's FunctionName at once, without waiting for onReady (the docs' top-level call)", async () => {
    const associated: Array<[string, (event: unknown) => unknown]> = [];
    const log = new CallLog();
    const mock = installOutlook({ highest: "1.13", item: readItem(log) });
    mock.onReady = () => new Promise(() => {}); // Office not ready yet
    mock.actions = { associate: (id: string, fn: (event: unknown) => unknown) => associated.push([id, fn]) };
    expect(registerQuickVerdict()).toBe(true);
    expect(associated.map(([id]) => id)).toEqual(["quickVerdict"]);

    const event = countingEvent();
    associated[0]![1](event);
    for (let round = 0; round < 50 && event.completions === 0; round += 1) await settle();
    expect(event.completions).toBe(1);
  });

  it("the function file associates as it loads, at its top level, while Office.onReady has not answered (item 10)", async () => {
    const associated: string[] = [];
    const mock = installOutlook({ highest: "1.13", item: readItem(new CallLog()) });
    let readyAsked = false;
    mock.onReady = () => {
      readyAsked = true;
      return new Promise(() => {}); // Office not ready yet, and never will be here
    };
    mock.actions = { associate: (id: string) => associated.push(id) };
    vi.resetModules(); // evaluate commands.ts afresh, as a click that loads the function file does
    await import("../../src/commands/commands.js");
    expect(associated).toEqual(["quickVerdict"]);
    expect(readyAsked).toBe(false);
  });

  it("leaves the button to the too-old check on a client below the floor", () => {
    const associated: string[] = [];
    const mock = installOutlook({ highest: "1.13", item: readItem(new CallLog()) });
    mock.actions = { associate: (id: string) => associated.push(id) };
    (globalThis as Record<string, unknown>).__ndrBelowFloor = true;
    try {
      expect(registerQuickVerdict()).toBe(false);
    } finally {
      delete (globalThis as Record<string, unknown>).__ndrBelowFloor;
    }
    expect(associated).toEqual([]);
  });

  it("does nothing without Office", () => {
    expect(registerQuickVerdict()).toBe(false);
  });
});
