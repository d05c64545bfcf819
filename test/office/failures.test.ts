/**
 * Every Office call the reader makes, failing in each way Outlook fails (issue 8 item 4):
 * an error result, a synchronous exception, a missing API, and a callback that never comes.
 * Each test asserts the notice and what still works.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createOfficeHost } from "../../src/office/host.js";
import { callAsync, callSlots } from "../../src/office/office-call.js";
import type { HostReadResult } from "../../src/host/types.js";
import {
  asyncMethod,
  CallLog,
  fail,
  fastTuning,
  installOutlook,
  never,
  ok,
  readItem,
  throws,
  uninstallOutlook,
} from "./support/outlook-mock.js";

afterEach(() => uninstallOutlook());

const pieces = (result: HostReadResult) =>
  (result.candidates[0]?.input as { pieces?: Record<string, unknown> } | undefined)?.pieces;

describe("body.getAsync failing", () => {
  it("retries a transient 9020 error and then succeeds without a notice", async () => {
    const log = new CallLog();
    installOutlook({
      highest: "1.13",
      item: readItem(
        log,
        {},
        { text: [fail(9020, "GenericResponseError", "internal protocol error"), ok("Delivery has failed")] },
      ),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.notices).toEqual([]);
    expect(log.of("body.getAsync(text)")).toHaveLength(2);
    expect(pieces(result)?.bodyText).toBe("Delivery has failed");
  });

  it("gives up after two retries of 5001, says so, and keeps the HTML body and headers", async () => {
    const log = new CallLog();
    installOutlook({
      highest: "1.13",
      item: readItem(log, {}, { text: fail(5001, "InternalError", "internal error") }),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(log.of("body.getAsync(text)")).toHaveLength(3);
    expect(result.notices).toEqual([
      { code: "api-failed", api: "body.getAsync(text)", detail: "failed: InternalError: internal error (5001)" },
    ]);
    expect(pieces(result)).toMatchObject({
      bodyText: undefined,
      bodyHtml: expect.stringContaining("Delivery has failed"),
      internetHeaders: expect.stringContaining("postmaster"),
    });
  });

  it("does not retry a permanent error", async () => {
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log, {}, { html: fail(9041, "NetworkError", "offline") }) });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(log.of("body.getAsync(html)")).toHaveLength(1);
    expect(result.notices.map((n) => n.api)).toEqual(["body.getAsync(html)"]);
    expect(pieces(result)?.bodyText).toContain("Delivery has failed");
  });

  it("turns a synchronous exception into a notice and keeps the rest", async () => {
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log, {}, { text: throws }) });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.notices).toEqual([
      { code: "api-failed", api: "body.getAsync(text)", detail: "threw: body.getAsync(text) threw" },
    ]);
    expect(pieces(result)?.bodyHtml).toContain("Delivery has failed");
  });

  it("times out a callback that never comes, releases its call slot, and keeps the rest", async () => {
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log, {}, { text: never }) });
    const host = createOfficeHost(fastTuning);
    const result = await host.readCurrent();
    expect(result.notices).toEqual([
      { code: "api-failed", api: "body.getAsync(text)", detail: "timeout: no answer within 30 ms" },
    ]);
    expect(pieces(result)?.internetHeaders).toContain("postmaster");
    expect(callSlots.inFlight()).toBe(0);
    // a second read is not blocked by the lost callback
    expect((await host.readCurrent()).candidates).toHaveLength(1);
  });

  it("says body.getAsync is missing and still offers the headers", async () => {
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log, { body: {} }) });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.notices.map((n) => `${n.code}:${n.api}`)).toEqual(["api-missing:body.getAsync"]);
    expect(pieces(result)).toMatchObject({
      internetHeaders: expect.stringContaining("postmaster"),
      bodyText: undefined,
    });
  });

  it("says when nothing at all could be read", async () => {
    const log = new CallLog();
    installOutlook({
      highest: "1.13",
      item: readItem(
        log,
        { getAllInternetHeadersAsync: asyncMethod(log, "h", throws) },
        { text: fail(9041, "NetworkError", "offline"), html: never },
      ),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.candidates).toEqual([]);
    expect(result.notices.map((n) => `${n.code}:${n.api}`)).toEqual([
      "api-failed:body.getAsync(text)",
      "api-failed:body.getAsync(html)",
      "api-failed:getAllInternetHeadersAsync",
      "nothing-to-read:undefined",
    ]);
  });
});

describe("other reads failing", () => {
  it.each([
    ["an error result", fail(9041, "NetworkError", "offline"), "failed: NetworkError: offline (9041)"],
    ["an exception", throws, "threw: h threw"],
    ["no callback", never, "timeout: no answer within 30 ms"],
  ])("getAllInternetHeadersAsync with %s gives a notice; the body still works", async (_how, reply, detail) => {
    const log = new CallLog();
    installOutlook({
      highest: "1.13",
      item: readItem(log, { getAllInternetHeadersAsync: asyncMethod(log, "h", reply) }),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.notices).toEqual([{ code: "api-failed", api: "getAllInternetHeadersAsync", detail }]);
    expect(pieces(result)?.bodyText).toContain("Delivery has failed");
  });

  it.each([
    ["an exception", throws, "threw"],
    ["no callback", never, "timeout"],
  ])(
    "getAttachmentContentAsync with %s names the attachment and falls back to the item body",
    async (_how, reply, kind) => {
      const log = new CallLog();
      installOutlook({
        highest: "1.13",
        item: readItem(log, {
          subject: "FW: bounce",
          from: { emailAddress: "kari@contoso.com" },
          attachments: [{ id: "a0", name: "Undeliverable", attachmentType: "item" }],
          getAttachmentContentAsync: asyncMethod(log, "getAttachmentContentAsync", reply),
        }),
      });
      const result = await createOfficeHost(fastTuning).readCurrent();
      expect(result.notices[0]).toMatchObject({ code: "attachment-unreadable", api: "getAttachmentContentAsync" });
      expect(result.notices[0]!.detail).toMatch(new RegExp(`^Undeliverable: ${kind}`));
      expect(result.candidates.map((c) => c.way)).toEqual(["item-pieces"]);
    },
  );

  it("survives an item whose properties throw", async () => {
    const log = new CallLog();
    const mock = installOutlook({ highest: "1.13", item: readItem(log) });
    Object.defineProperty(mock.context.mailbox.item, "itemClass", {
      get() {
        throw new Error("item is not loaded");
      },
    });
    const host = createOfficeHost(fastTuning);
    const result = await host.readCurrent();
    expect(result.candidates).toEqual([]);
    expect(result.notices.map((n) => `${n.code}:${n.api}`)).toEqual(["api-failed:item", "nothing-to-read:undefined"]);
    expect(host.diagnostics()).toMatchObject({ client: expect.any(String), way: "none" });
  });

  it("never rejects when Office's own getters throw (mailbox, item, displayLanguage, officeTheme)", async () => {
    const mock = installOutlook({ highest: "1.13", item: readItem(new CallLog()) });
    const boom = {
      get() {
        throw new Error("host object not ready");
      },
    };
    Object.defineProperty(mock.context.mailbox, "item", boom);
    Object.defineProperty(mock.context, "displayLanguage", boom);
    Object.defineProperty(mock.context, "officeTheme", boom);
    const host = createOfficeHost(fastTuning);
    expect((await host.readCurrent()).notices.map((n) => n.code)).toEqual(["no-item"]);
    expect(host.displayLanguage()).toMatch(/^(en|nb)$/);
    expect(host.theme()).toMatch(/^(light|dark|high-contrast)$/);
    expect(host.diagnostics()).toMatchObject({ way: "none" });

    Object.defineProperty(mock.context, "mailbox", boom);
    expect((await host.readCurrent()).notices.map((n) => n.code)).toEqual(["not-in-outlook"]);
    expect(
      await host.openDraft({
        kind: "contact-own-admin",
        to: [],
        cc: [],
        subject: "s",
        htmlBody: "b",
        textBody: "b",
        notes: [],
      }),
    ).toMatchObject({
      opened: false,
      reason: "unsupported",
    });
    expect(() => host.onItemChanged(() => {})()).not.toThrow();
  });

  it("treats an isSetSupported that throws as 'unknown' and lets the method's presence decide", async () => {
    const log = new CallLog();
    installOutlook({
      item: readItem(log),
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error("not ready");
          },
        },
      },
    });
    const host = createOfficeHost(fastTuning);
    const result = await host.readCurrent();
    expect(result.candidates.map((c) => c.way)).toEqual(["item-pieces"]);
    expect(host.diagnostics().mailboxSet).toBe("unknown");
  });

  it("drops the candidates when Outlook reports 9030 (the item changed during the call)", async () => {
    const log = new CallLog();
    installOutlook({
      highest: "1.13",
      item: readItem(log, {}, { text: fail(9030, "APICallFailedDueToItemChange", "item changed") }),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(log.of("body.getAsync(text)")).toHaveLength(1);
    expect(result.candidates).toEqual([]);
    expect(result.notices).toEqual([
      { code: "api-failed", api: "ItemChanged", detail: expect.stringContaining("changed while it was being read") },
    ]);
  });
});

describe("callAsync", () => {
  it("reports a missing method without calling anything", async () => {
    expect(await callAsync("x", {}, "nothing")).toEqual({
      ok: false,
      kind: "missing",
      api: "x",
      detail: "x is not available in this Outlook",
    });
    expect(await callAsync("x", undefined, "nothing")).toMatchObject({ ok: false, kind: "missing" });
  });

  it("ignores a second callback from the same call", async () => {
    const target = {
      twice(callback: (r: unknown) => void) {
        callback({ status: "succeeded", value: 1 });
        callback({ status: "failed", error: { code: 1, name: "late", message: "late" } });
      },
    };
    expect(await callAsync("twice", target, "twice", [], { timeoutMs: 30, backoffMs: 1, retries: 0 })).toEqual({
      ok: true,
      value: 1,
    });
    expect(callSlots.inFlight()).toBe(0);
  });
});
