/**
 * Every way a bounce reaches the Office adapter (issue 5, "Ways in" 1–4 and 6), through
 * createOfficeHost().readCurrent() over an office-addin-mock Outlook.
 */
import { afterEach, describe, expect, it } from "vitest";
import { explainBounce } from "../../src/core/index.js";
import { createOfficeHost } from "../../src/office/host.js";
import type { HostReadResult } from "../../src/host/types.js";
import {
  asyncMethod,
  base64,
  CallLog,
  forwardBody,
  fail,
  fastTuning,
  installOutlook,
  ok,
  readItem,
  uninstallOutlook,
} from "./support/outlook-mock.js";

// Shape of an Exchange Online NDR (ndr-catalog.md §1: multipart/report with a delivery-status part).
const ndrEml = [
  "From: Microsoft Outlook <postmaster@contoso.com>",
  "To: kari@contoso.com",
  "Subject: Undeliverable: Quarterly figures",
  "Content-Type: multipart/report; report-type=delivery-status; boundary=b1",
  "",
  "--b1",
  "Content-Type: text/plain",
  "",
  "Delivery has failed to these recipients or groups: ola@fabrikam.example",
  "--b1",
  "Content-Type: message/delivery-status",
  "",
  "Final-Recipient: rfc822; ola@fabrikam.example",
  "Action: failed",
  "Status: 5.1.1",
  "--b1--",
  "",
].join("\r\n");

const decode = (data: Uint8Array) => new TextDecoder().decode(data);

function codes(result: HostReadResult): string[] {
  return result.notices.map((notice) => `${notice.code}:${notice.api ?? ""}`);
}

afterEach(() => uninstallOutlook());

describe("way in 1: the selected item in read mode", () => {
  it("takes the full MIME from getAsFileAsync where Mailbox 1.14 exists, and reads nothing else", async () => {
    const log = new CallLog();
    installOutlook({ item: readItem(log, { getAsFileAsync: asyncMethod(log, "getAsFileAsync", ok(base64(ndrEml))) }) });
    const host = createOfficeHost(fastTuning);
    const result = await host.readCurrent();
    expect(result.notices).toEqual([]);
    expect(result.candidates).toHaveLength(1);
    const [candidate] = result.candidates;
    expect(candidate!.way).toBe("item-mime");
    expect(candidate!.input.kind).toBe("bytes");
    expect(decode((candidate!.input as { data: Uint8Array }).data)).toBe(ndrEml);
    expect(log.of("body.getAsync(text)")).toHaveLength(0);
    expect(host.diagnostics()).toMatchObject({
      way: "item-mime",
      itemClass: "IPM.Note",
      mailboxSet: "1.15",
      platform: "OfficeOnline",
    });
  });

  it("does not call getAsFileAsync when the client claims less than Mailbox 1.14, even if the method exists", async () => {
    const log = new CallLog();
    installOutlook({
      highest: "1.13",
      item: readItem(log, { getAsFileAsync: asyncMethod(log, "getAsFileAsync", ok(base64(ndrEml))) }),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(log.of("getAsFileAsync")).toHaveLength(0);
    expect(result.candidates[0]!.way).toBe("item-pieces");
  });

  it("reads body text, body HTML, internet headers and the envelope as office pieces without getAsFileAsync", async () => {
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log) });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.notices).toEqual([]);
    expect(result.candidates).toHaveLength(1);
    expect(result.candidates[0]).toMatchObject({
      way: "item-pieces",
      label: "Undeliverable: Quarterly figures",
      input: {
        kind: "office",
        pieces: {
          bodyText: "Delivery has failed to these recipients or groups:\nola@fabrikam.example",
          bodyHtml: "<p>Delivery has failed to these recipients or groups:</p>",
          internetHeaders: "From: postmaster@contoso.com\r\nSubject: Undeliverable\r\n",
          subject: "Undeliverable: Quarterly figures",
          from: "Microsoft Outlook <postmaster@contoso.com>",
          itemClass: "IPM.Note",
          dateTimeCreated: "2026-11-30T08:15:02.000Z",
        },
      },
    });
    expect(log.of("body.getAsync(text)")[0]!.args).toEqual(["text"]);
    expect(log.of("body.getAsync(html)")[0]!.args).toEqual(["html"]);
  });

  it("says internet headers are missing below Mailbox 1.8 and still reads the body", async () => {
    const log = new CallLog();
    installOutlook({ highest: "1.7", item: readItem(log) });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(codes(result)).toEqual(["api-missing:getAllInternetHeadersAsync"]);
    expect(log.of("getAllInternetHeadersAsync")).toHaveLength(0);
    expect(result.candidates[0]!.input).toMatchObject({
      kind: "office",
      pieces: { bodyText: expect.stringContaining("ola@fabrikam.example") },
    });
  });

  it("falls back to the pieces when getAsFileAsync fails, and says so", async () => {
    const log = new CallLog();
    installOutlook({
      item: readItem(log, {
        getAsFileAsync: asyncMethod(log, "getAsFileAsync", fail(9041, "NetworkError", "offline")),
      }),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(codes(result)).toEqual(["api-failed:getAsFileAsync"]);
    expect(result.notices[0]!.detail).toContain("offline");
    expect(result.candidates[0]!.way).toBe("item-pieces");
  });
});

describe("way in 2: report items and blank or stale items", () => {
  it.each(["REPORT.IPM.Note.NDR", "report.ipm.note.ndr", "Report.IPM.Note.DR"])(
    "flags %s as a report item and still reads what the client allows",
    async (itemClass) => {
      const log = new CallLog();
      const original = {
        id: "att-original",
        name: "Quarterly figures",
        attachmentType: "item",
        contentType: "message/rfc822",
      };
      installOutlook({
        highest: "1.13",
        item: readItem(log, {
          itemClass,
          attachments: [original],
          getAttachmentContentAsync: asyncMethod(log, "getAttachmentContentAsync", ok({ format: "eml", content: "x" })),
        }),
      });
      const host = createOfficeHost(fastTuning);
      const result = await host.readCurrent();
      expect(codes(result)).toEqual(["report-item-blocked:itemClass"]);
      expect(result.notices[0]!.detail).toContain(itemClass);
      // the item is the bounce; its attached message is the original mail, not read as a bounce
      expect(result.candidates.map((candidate) => candidate.way)).toEqual(["item-pieces"]);
      expect(log.of("getAttachmentContentAsync")).toHaveLength(0);
      expect(host.diagnostics().itemClass).toBe(itemClass);
    },
  );

  it("treats an item with an empty body and no attachments as blocked, with no candidate", async () => {
    const log = new CallLog();
    installOutlook({
      highest: "1.13",
      item: readItem(
        log,
        { getAllInternetHeadersAsync: asyncMethod(log, "h", ok("")) },
        { text: ok(""), html: ok("<html><body> </body></html>") },
      ),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.candidates).toEqual([]);
    expect(codes(result)).toEqual(["report-item-blocked:body.getAsync"]);
  });

  // Outlook hands a blocked report item to add-ins as an empty file and an empty body: one notice
  // says why (report-item-blocked), not a second one about the empty file.
  it("gives one notice for a report item whose file and body come back empty", async () => {
    const log = new CallLog();
    installOutlook({
      item: readItem(
        log,
        {
          itemClass: "REPORT.IPM.Note.NDR",
          getAsFileAsync: asyncMethod(log, "getAsFileAsync", ok("")),
          getAllInternetHeadersAsync: asyncMethod(log, "h", ok("")),
        },
        { text: ok(""), html: ok("") },
      ),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.candidates).toEqual([]);
    expect(codes(result)).toEqual(["report-item-blocked:itemClass"]);
  });

  it("gives one notice for an empty shell whose file comes back empty, and keeps the notice when the body had words", async () => {
    const shell = new CallLog();
    installOutlook({
      item: readItem(
        shell,
        {
          getAsFileAsync: asyncMethod(shell, "getAsFileAsync", ok("")),
          getAllInternetHeadersAsync: asyncMethod(shell, "h", ok("")),
        },
        { text: ok(""), html: ok("") },
      ),
    });
    expect(codes(await createOfficeHost(fastTuning).readCurrent())).toEqual(["report-item-blocked:body.getAsync"]);

    const worded = new CallLog();
    installOutlook({ item: readItem(worded, { getAsFileAsync: asyncMethod(worded, "getAsFileAsync", ok("")) }) });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(codes(result)).toEqual(["api-failed:getAsFileAsync"]);
    expect(result.candidates[0]!.way).toBe("item-pieces");
  });

  it("judges 'blank' by Outlook's text rendering, not by the HTML's styles", async () => {
    const log = new CallLog();
    const styledEmpty = "<html><head><style>p{margin:0}</style></head><body><p>&nbsp;</p></body></html>";
    installOutlook({
      highest: "1.13",
      item: readItem(
        log,
        { getAllInternetHeadersAsync: asyncMethod(log, "h", ok("")) },
        { text: ok("\r\n"), html: ok(styledEmpty) },
      ),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.candidates).toEqual([]);
    expect(result.notices.map((n) => n.code)).toEqual(["report-item-blocked"]);
  });

  it("keeps a text body that is only an address in angle brackets", async () => {
    const log = new CallLog();
    installOutlook({ highest: "1.7", item: readItem(log, {}, { text: ok("<ola@fabrikam.example>"), html: ok("") }) });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.candidates).toHaveLength(1);
  });

  it("an ItemChanged that still offers the item already read is not passed on, so its verdict stays", async () => {
    const log = new CallLog();
    let fire: (() => void) | undefined;
    installOutlook({
      highest: "1.13",
      item: readItem(log),
      mailbox: {
        addHandlerAsync: (_type: string, handler: () => void, callback: (r: unknown) => void) => {
          fire = handler;
          callback({ status: "succeeded" });
        },
      },
    });
    const host = createOfficeHost(fastTuning);
    let changes = 0;
    host.onItemChanged(() => (changes += 1));
    expect((await host.readCurrent()).candidates).toHaveLength(1);
    // Outlook fires ItemChanged but hands over the same item (the selection moved to a report item
    // add-ins may not see): the pane keeps the verdict it has, which names its message
    fire!();
    expect(changes).toBe(0);
    const again = await host.readCurrent();
    expect(again.candidates).toHaveLength(1);
    expect(codes(again)).toEqual([]);
  });
});

describe("way in 3: bounces forwarded as attachments", () => {
  const wrapperFields = {
    subject: "FW: Undeliverable: Quarterly figures",
    from: { emailAddress: "kari@contoso.com", displayName: "Kari Nordmann" },
  };

  it("reads item attachments as Eml and .eml/.msg files as Base64, one candidate each, and skips the rest", async () => {
    const log = new CallLog();
    const attachments = [
      {
        id: "a0",
        name: "Undeliverable: Quarterly figures",
        attachmentType: "item",
        contentType: "message/rfc822",
        size: 9000,
      },
      { id: "a1", name: "logo.png", attachmentType: "file", contentType: "image/png", isInline: true },
      { id: "a2", name: "bounce.eml", attachmentType: "file", contentType: "application/octet-stream" },
      // Outlook on Mac attaches messages as files; the name may lack the extension
      { id: "a3", name: "Undeliverable", attachmentType: "file", contentType: "application/vnd.ms-outlook" },
      { id: "a4", name: "shared.docx", attachmentType: "cloud", contentType: "application/octet-stream" },
    ];
    const contents: Record<string, unknown> = {
      a0: { format: "eml", content: ndrEml },
      a2: { format: "base64", content: base64(ndrEml) },
      a3: { format: "base64", content: base64(ndrEml) },
    };
    installOutlook({
      item: readItem(
        log,
        {
          ...wrapperFields,
          attachments,
          getAsFileAsync: asyncMethod(log, "getAsFileAsync", ok(base64("wrapper"))),
          getAttachmentContentAsync: (id: string, callback: (r: unknown) => void) => {
            log.calls.push({ method: "getAttachmentContentAsync", args: [id] });
            queueMicrotask(() => callback({ status: "succeeded", value: contents[id] }));
          },
        },
        forwardBody(),
      ),
    });
    const host = createOfficeHost(fastTuning);
    const result = await host.readCurrent();
    expect(result.notices).toEqual([]);
    expect(log.of("getAttachmentContentAsync").map((call) => call.args[0])).toEqual(["a0", "a2", "a3"]);
    expect(result.candidates.map((c) => [c.way, c.attachmentIndex, c.label, c.input.kind])).toEqual([
      ["attachment", 0, "Undeliverable: Quarterly figures", "text"],
      ["attachment", 2, "bounce.eml", "bytes"],
      ["attachment", 3, "Undeliverable", "bytes"],
    ]);
    expect(result.candidates[0]!.input).toMatchObject({ kind: "text", text: ndrEml });
    expect(decode((result.candidates[1]!.input as { data: Uint8Array }).data)).toBe(ndrEml);
    // the wrapper itself is not offered as a bounce, and its MIME is not fetched
    expect(log.of("getAsFileAsync")).toHaveLength(0);
    expect(new Set(result.candidates.map((c) => c.id)).size).toBe(3);
    expect(host.diagnostics().way).toBe("attachment");
  });

  it("names each unreadable attachment and keeps the readable ones", async () => {
    const log = new CallLog();
    const attachments = [
      { id: "bad", name: "first.eml", attachmentType: "file", contentType: "message/rfc822" },
      { id: "good", name: "second.eml", attachmentType: "file", contentType: "message/rfc822" },
      { id: "url", name: "third.msg", attachmentType: "file", contentType: "application/vnd.ms-outlook" },
      { id: "junk", name: "fourth.eml", attachmentType: "file", contentType: "message/rfc822" },
    ];
    const replies: Record<string, unknown> = {
      bad: { status: "failed", error: { code: 9017, name: "AttachmentTypeNotSupported", message: "not supported" } },
      good: { status: "succeeded", value: { format: "base64", content: base64(ndrEml) } },
      url: { status: "succeeded", value: { format: "url", content: "https://contoso.sharepoint.com/x" } },
      junk: { status: "succeeded", value: { format: "base64", content: "%%% not base64 %%%" } },
    };
    installOutlook({
      item: readItem(
        log,
        {
          ...wrapperFields,
          attachments,
          getAttachmentContentAsync: (id: string, callback: (r: unknown) => void) =>
            queueMicrotask(() => callback(replies[id])),
        },
        forwardBody(),
      ),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.candidates.map((c) => c.label)).toEqual(["second.eml"]);
    expect(result.notices.map((n) => [n.code, n.detail?.split(":")[0]])).toEqual([
      ["attachment-unreadable", "first.eml"],
      ["attachment-unreadable", "third.msg"],
      ["attachment-unreadable", "fourth.eml"],
    ]);
    expect(result.notices[1]!.detail).toContain('"url"');
  });

  it("says attachments cannot be opened below Mailbox 1.8 and reads the wrapper's body instead", async () => {
    const log = new CallLog();
    installOutlook({
      highest: "1.7",
      item: readItem(
        log,
        {
          ...wrapperFields,
          attachments: [{ id: "a0", name: "Undeliverable", attachmentType: "item" }],
          getAttachmentContentAsync: asyncMethod(
            log,
            "getAttachmentContentAsync",
            ok({ format: "eml", content: ndrEml }),
          ),
        },
        forwardBody(),
      ),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(codes(result)).toEqual(["api-missing:getAttachmentContentAsync", "api-missing:getAllInternetHeadersAsync"]);
    expect(log.of("getAttachmentContentAsync")).toHaveLength(0);
    expect(result.candidates.map((c) => c.way)).toEqual(["item-pieces"]);
  });

  it("keeps at most three Office calls in flight while reading many attachments", async () => {
    const attachments = Array.from({ length: 7 }, (_, index) => ({
      id: `a${index}`,
      name: `b${index}.eml`,
      attachmentType: "file",
      contentType: "message/rfc822",
    }));
    let inFlight = 0;
    let most = 0;
    installOutlook({
      item: readItem(
        new CallLog(),
        {
          ...wrapperFields,
          attachments,
          getAttachmentContentAsync: (_id: string, callback: (r: unknown) => void) => {
            inFlight += 1;
            most = Math.max(most, inFlight);
            setTimeout(() => {
              inFlight -= 1;
              callback({ status: "succeeded", value: { format: "base64", content: base64(ndrEml) } });
            }, 1);
          },
        },
        forwardBody(),
      ),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.candidates).toHaveLength(7);
    expect(most).toBe(3);
  });
});

describe("way in 4: compose mode (a forward of the bounce)", () => {
  function composeItem(log: CallLog, overrides: Record<string, unknown> = {}, bodyText = "") {
    return {
      itemType: "message",
      subject: { getAsync: asyncMethod(log, "subject.getAsync", ok("FW: Undeliverable")) },
      to: { getAsync: asyncMethod(log, "to.getAsync", ok([])), setAsync: asyncMethod(log, "to.setAsync", ok()) },
      body: {
        getAsync: (coercion: string, callback: (r: unknown) => void) => {
          log.calls.push({ method: `body.getAsync(${coercion})`, args: [coercion] });
          queueMicrotask(() =>
            callback({ status: "succeeded", value: coercion === "html" ? `<p>${bodyText}</p>` : bodyText }),
          );
        },
        setAsync: asyncMethod(log, "body.setAsync", ok()),
      },
      getComposeTypeAsync: asyncMethod(
        log,
        "getComposeTypeAsync",
        ok({ composeType: "forward", coercionType: "html" }),
      ),
      ...overrides,
    };
  }

  it("reads the draft's attached bounce through getAttachmentsAsync and getAttachmentContentAsync", async () => {
    const log = new CallLog();
    installOutlook({
      item: composeItem(log, {
        getAttachmentsAsync: asyncMethod(
          log,
          "getAttachmentsAsync",
          ok([{ id: "c0", name: "Undeliverable", attachmentType: "item", size: 0 }]),
        ),
        getAttachmentContentAsync: asyncMethod(
          log,
          "getAttachmentContentAsync",
          ok({ format: "eml", content: ndrEml }),
        ),
      }),
    });
    const host = createOfficeHost(fastTuning);
    const result = await host.readCurrent();
    expect(result.notices).toEqual([]);
    expect(result.candidates.map((c) => [c.way, c.attachmentIndex, c.input.kind])).toEqual([["compose", 0, "text"]]);
    expect(log.of("getAttachmentContentAsync")[0]!.args).toEqual(["c0"]);
    expect(host.diagnostics().way).toBe("compose");
  });

  it("reads an inline forward's body when the draft has no attached message", async () => {
    const log = new CallLog();
    installOutlook({
      item: composeItem(
        log,
        { getAttachmentsAsync: asyncMethod(log, "getAttachmentsAsync", ok([])) },
        "Delivery has failed to ola@fabrikam.example",
      ),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.candidates).toHaveLength(1);
    expect(result.candidates[0]).toMatchObject({
      way: "compose",
      input: { kind: "office", pieces: { bodyText: "Delivery has failed to ola@fabrikam.example" } },
    });
  });

  it("below Mailbox 1.8 says the draft's attachments cannot be listed and still reads its body", async () => {
    const log = new CallLog();
    installOutlook({ highest: "1.7", item: composeItem(log, {}, "Delivery has failed to ola@fabrikam.example") });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(codes(result)).toEqual(["api-missing:getAttachmentsAsync"]);
    expect(log.of("getComposeTypeAsync")).toHaveLength(0);
    expect(result.candidates.map((c) => c.way)).toEqual(["compose"]);
  });

  it("an empty draft has nothing to read", async () => {
    const log = new CallLog();
    installOutlook({
      item: composeItem(log, { getAttachmentsAsync: asyncMethod(log, "getAttachmentsAsync", ok([])) }),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.candidates).toEqual([]);
    expect(codes(result)).toEqual(["nothing-to-read:"]);
  });
});

/**
 * An inline forward that still carries the original message as an attachment (Outlook keeps the
 * original's attachments on Forward; some clients attach the original itself): the bounce is the
 * forward's body, the attachment is the mail that bounced. Shape: the forward's text is Exchange's
 * human-readable NDR part as Outlook shows it (ndr-catalog.md §1), the attachment a plain message.
 */
describe("way in 5: an inline forward that still carries the original as an attachment", () => {
  const originalEml = [
    "From: Kari Nordmann <kari@contoso.com>",
    "To: ola@fabrikam.example",
    "Subject: Quarterly figures",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Hi Ola, the figures are below.",
    "",
  ].join("\r\n");
  const forwardedNdr = [
    "-----Original Message-----",
    "From: Microsoft Outlook <postmaster@contoso.com>",
    "Sent: 30 November 2026 09:15",
    "To: Kari Nordmann <kari@contoso.com>",
    "Subject: Undeliverable: Quarterly figures",
    "",
    "Your message to ola@fabrikam.example couldn't be delivered.",
    "ola wasn't found at fabrikam.example.",
    "",
    "Diagnostic information for administrators:",
    "Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
    "ola@fabrikam.example",
    "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
  ].join("\n");

  /** Kari's forward in read mode: `body` as its text, the original attached as an item. */
  const forwardCarryingOriginal = (
    log: CallLog,
    subject: string,
    body: Parameters<typeof readItem>[2],
    more: Record<string, unknown> = {},
  ) =>
    readItem(
      log,
      {
        subject,
        from: { emailAddress: "kari@contoso.com", displayName: "Kari Nordmann" },
        attachments: [{ id: "o0", name: "Quarterly figures", attachmentType: "item" }],
        getAttachmentContentAsync: asyncMethod(
          log,
          "getAttachmentContentAsync",
          ok({ format: "eml", content: originalEml }),
        ),
        ...more,
      },
      body,
    );

  it("read mode: the forward's body is the bounce; the attached original is not offered", async () => {
    const log = new CallLog();
    installOutlook({
      highest: "1.15",
      item: forwardCarryingOriginal(
        log,
        "FW: Undeliverable: Quarterly figures",
        { text: ok(forwardedNdr), html: ok(`<pre>${forwardedNdr}</pre>`) },
        { getAsFileAsync: asyncMethod(log, "getAsFileAsync", ok(base64("whole forward"))) },
      ),
    });
    const host = createOfficeHost(fastTuning);
    const result = await host.readCurrent();
    expect(result.candidates.map((c) => c.way)).toEqual(["item-pieces"]);
    expect(result.candidates[0]!.input).toMatchObject({ kind: "office", pieces: { bodyText: forwardedNdr } });
    const explanation = await explainBounce(result.candidates[0]!.input);
    expect(explanation.report.kind).toBe("failed");
    expect(explanation.recipients[0]?.facts.status).toBe("5.1.1");
    // the body, not the whole message (which would hold the attachment a second time)
    expect(log.of("getAsFileAsync")).toHaveLength(0);
    expect(host.diagnostics().way).toBe("item-pieces");
  });

  it("compose mode: the draft's body is the bounce; its attached original is not offered", async () => {
    const log = new CallLog();
    installOutlook({
      item: {
        itemType: "message",
        to: { getAsync: asyncMethod(log, "to.getAsync", ok([])), setAsync: asyncMethod(log, "to.setAsync", ok()) },
        body: {
          getAsync: (coercion: string, callback: (r: unknown) => void) =>
            queueMicrotask(() =>
              callback({
                status: "succeeded",
                value: coercion === "html" ? `<pre>${forwardedNdr}</pre>` : forwardedNdr,
              }),
            ),
        },
        getComposeTypeAsync: asyncMethod(log, "getComposeTypeAsync", ok({ composeType: "forward" })),
        getAttachmentsAsync: asyncMethod(
          log,
          "getAttachmentsAsync",
          ok([{ id: "o0", name: "Quarterly figures", attachmentType: "item", size: 900 }]),
        ),
        getAttachmentContentAsync: asyncMethod(
          log,
          "getAttachmentContentAsync",
          ok({ format: "eml", content: originalEml }),
        ),
      },
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.candidates.map((c) => [c.way, c.attachmentIndex])).toEqual([["compose", undefined]]);
    expect(result.candidates[0]!.input).toMatchObject({ kind: "office", pieces: { bodyText: forwardedNdr } });
    expect((await explainBounce(result.candidates[0]!.input)).report.kind).toBe("failed");
  });

  it("keeps the attachments when the body is no bounce either (the core then says 'not a bounce')", async () => {
    const log = new CallLog();
    installOutlook({
      item: forwardCarryingOriginal(log, "FW: Quarterly figures", forwardBody()),
    });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result.candidates.map((c) => c.way)).toEqual(["attachment"]);
  });
});

describe("labels", () => {
  it("names a bounce without a subject or file name in Outlook's display language", async () => {
    const log = new CallLog();
    installOutlook({
      highest: "1.13",
      context: { displayLanguage: "nb-NO" },
      item: readItem(
        log,
        {
          subject: "VS: to returmeldinger",
          from: { emailAddress: "kari@contoso.com" },
          attachments: [{ id: "a0", name: "", attachmentType: "item" }],
          getAttachmentContentAsync: asyncMethod(
            log,
            "getAttachmentContentAsync",
            ok({ format: "eml", content: ndrEml }),
          ),
        },
        forwardBody(),
      ),
    });
    expect((await createOfficeHost(fastTuning).readCurrent()).candidates.map((c) => c.label)).toEqual(["Vedlegg 1"]);

    installOutlook({ highest: "1.13", item: readItem(new CallLog(), { subject: "" }) });
    expect((await createOfficeHost(fastTuning).readCurrent()).candidates.map((c) => c.label)).toEqual(["This message"]);
  });
});

describe("no item, no Outlook", () => {
  it("says when no item is selected", async () => {
    installOutlook({ item: null });
    const result = await createOfficeHost(fastTuning).readCurrent();
    expect(result).toEqual({ candidates: [], notices: [{ code: "no-item", detail: "no item is selected" }] });
  });

  it("says when the pane is not running in Outlook", async () => {
    const host = createOfficeHost(fastTuning);
    const result = await host.readCurrent();
    expect(result.candidates).toEqual([]);
    expect(codes(result)).toEqual(["not-in-outlook:"]);
    expect(host.diagnostics()).toMatchObject({ way: "none", mailboxSet: "unknown" });
  });
});
