/**
 * Carrying out the core's drafts (issue 6 items 1, 2 and 6): the exact parameters handed to
 * displayNewMessageFormAsync / displayNewMessageForm / displayReplyForm(Async) / to.setAsync for
 * each draft kind and each fallback. Drafts are the core's own (buildDraft).
 */
import { afterEach, describe, expect, it } from "vitest";
import { buildDraft, MICROSOFT_DELIST_ADDRESS, type NdrArrival } from "../../src/core/drafts/index.js";
import type { ActionKind, Draft, Explanation, Language } from "../../src/core/types.js";
import { createOfficeHost } from "../../src/office/host.js";
import {
  asyncMethod,
  CallLog,
  fail,
  fastTuning,
  installOutlook,
  never,
  ok,
  readItem,
  syncMethod,
  throwingMethod,
  throws,
  uninstallOutlook,
} from "./support/outlook-mock.js";
import { blocklisted, refusedByRecipient, restrictedGroup } from "./support/explanations.js";

afterEach(() => uninstallOutlook());

function draftOf(
  kind: ActionKind,
  explanation: Explanation,
  arrival: NdrArrival,
  language: Language = "en",
  helpDeskAddress?: string,
): Draft {
  const draft = buildDraft(kind, explanation, 0, { language, arrival, helpDeskAddress });
  if (!draft) throw new Error(`no ${kind} draft`);
  return draft;
}

const ndrItemId = "AAMkAGI2THVSAAA=";
const wrapperId = "AAMkAGWRAPPERAAA=";

function formMailbox(log: CallLog, asyncReply = ok(), extra: Record<string, unknown> = {}) {
  return {
    displayNewMessageFormAsync: asyncMethod(log, "displayNewMessageFormAsync", asyncReply),
    displayNewMessageForm: syncMethod(log, "displayNewMessageForm"),
    ...extra,
  };
}

/** The NDR itself selected in read mode, read once so the host knows where the bounce came from. */
async function onNdrItem(
  log: CallLog,
  options: { highest?: string; mailbox?: Record<string, unknown>; item?: Record<string, unknown> } = {},
) {
  installOutlook({
    highest: options.highest ?? "1.13",
    item: readItem(log, options.item ?? {}),
    mailbox: options.mailbox ?? formMailbox(log),
  });
  const host = createOfficeHost(fastTuning);
  await host.readCurrent();
  return host;
}

describe("forward to Microsoft's delisting desk", () => {
  it.each(["en", "nb"] as const)("on the NDR item itself attaches the NDR as an item (%s notes)", async (language) => {
    const log = new CallLog();
    const host = await onNdrItem(log);
    const draft = draftOf("forward-to-delist", blocklisted(), "item", language);
    expect(draft.attachNdrItem).toBe(true);
    expect(await host.openDraft(draft)).toEqual({ opened: true, via: "displayNewMessageFormAsync" });
    expect(log.of("displayNewMessageFormAsync").map((call) => call.args[0])).toEqual([
      {
        toRecipients: [MICROSOFT_DELIST_ADDRESS],
        subject: draft.subject,
        htmlBody: draft.htmlBody,
        attachments: [{ type: "item", itemId: ndrItemId, name: "Undeliverable Quarterly figures.msg" }],
      },
    ]);
    expect(log.of("displayNewMessageForm")).toHaveLength(0);
  });

  it("when the NDR came as an attachment, attaches the message that carries it", async () => {
    const log = new CallLog();
    const host = await onNdrItem(log, {
      item: {
        itemId: wrapperId,
        subject: "FW: Undeliverable: Quarterly figures",
        from: { emailAddress: "kari@contoso.com" },
        attachments: [{ id: "a0", name: "Undeliverable: Quarterly figures", attachmentType: "item" }],
        getAttachmentContentAsync: asyncMethod(
          log,
          "getAttachmentContentAsync",
          ok({ format: "eml", content: "From: postmaster@contoso.com\r\n\r\nx" }),
        ),
      },
    });
    const draft = draftOf("forward-to-delist", blocklisted(), "attachment");
    await host.openDraft(draft);
    expect(log.of("displayNewMessageFormAsync")[0]!.args[0]).toEqual({
      toRecipients: [MICROSOFT_DELIST_ADDRESS],
      subject: draft.subject,
      htmlBody: draft.htmlBody,
      attachments: [{ type: "item", itemId: wrapperId, name: "FW Undeliverable Quarterly figures.msg" }],
    });
  });

  it("for a pasted NDR relies on the body text the core wrote, with no attachment", async () => {
    const log = new CallLog();
    const host = await onNdrItem(log);
    const draft = draftOf("forward-to-delist", blocklisted(), "pasted");
    expect(draft.attachNdrItem).toBeUndefined();
    expect(draft.htmlBody).toContain("banned sender");
    await host.openDraft(draft);
    expect(log.of("displayNewMessageFormAsync")[0]!.args[0]).toEqual({
      toRecipients: [MICROSOFT_DELIST_ADDRESS],
      subject: draft.subject,
      htmlBody: draft.htmlBody,
    });
  });

  it("does not attach an item the bounce did not come from (nothing read yet, or the item changed)", async () => {
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log), mailbox: formMailbox(log) });
    const host = createOfficeHost(fastTuning);
    const outcome = await host.openDraft(draftOf("forward-to-delist", blocklisted(), "item"));
    expect(log.of("displayNewMessageFormAsync")[0]!.args[0]).not.toHaveProperty("attachments");
    expect(outcome).toEqual({ opened: true, via: expect.stringContaining("its text is in the body instead") });
  });

  it("converts a REST item id with convertToEwsId before attaching it", async () => {
    const log = new CallLog();
    const restId = "AAMkAGI2-THVS_AAA";
    const host = await onNdrItem(log, {
      item: { itemId: restId },
      mailbox: formMailbox(log, ok(), { convertToEwsId: syncMethod(log, "convertToEwsId", "AAMkAGI2+THVS/AAA") }),
    });
    await host.openDraft(draftOf("forward-to-delist", blocklisted(), "item"));
    expect(log.of("convertToEwsId")[0]!.args).toEqual([restId, "v2.0"]);
    expect((log.of("displayNewMessageFormAsync")[0]!.args[0] as { attachments: unknown[] }).attachments).toEqual([
      { type: "item", itemId: "AAMkAGI2+THVS/AAA", name: "Undeliverable Quarterly figures.msg" },
    ]);
  });

  it("leaves the attachment out when no EWS id of at most 100 characters can be had", async () => {
    const log = new CallLog();
    const host = await onNdrItem(log, {
      item: { itemId: "A".repeat(150) },
      mailbox: formMailbox(log, ok(), { convertToEwsId: syncMethod(log, "convertToEwsId", "B".repeat(120)) }),
    });
    const outcome = await host.openDraft(draftOf("forward-to-delist", blocklisted(), "item"));
    expect(log.of("displayNewMessageFormAsync")[0]!.args[0]).not.toHaveProperty("attachments");
    expect(outcome).toEqual({
      opened: true,
      via: "displayNewMessageFormAsync (item id is 120 characters (limit 100))",
    });

    const mobile = new CallLog();
    const noConvert = await onNdrItem(mobile, { item: { itemId: "AAMk-rest_id" } });
    const noConvertOutcome = await noConvert.openDraft(draftOf("forward-to-delist", blocklisted(), "item"));
    expect(noConvertOutcome).toEqual({ opened: true, via: expect.stringContaining("convertToEwsId missing") });
  });

  it("retries without the attachment when Outlook refuses the form with it", async () => {
    const log = new CallLog();
    const host = await onNdrItem(log, { mailbox: formMailbox(log) });
    const calls = log;
    // first call (with attachment) fails, the second (without) succeeds
    const mock = (globalThis as unknown as { Office: { context: { mailbox: Record<string, unknown> } } }).Office;
    mock.context.mailbox.displayNewMessageFormAsync = asyncMethod(
      calls,
      "displayNewMessageFormAsync",
      fail(9041, "NetworkError", "attachment could not be added"),
      ok(),
    );
    const draft = draftOf("forward-to-delist", blocklisted(), "item");
    const outcome = await host.openDraft(draft);
    const forms = log.of("displayNewMessageFormAsync").map((call) => call.args[0] as Record<string, unknown>);
    expect(forms).toHaveLength(2);
    expect(forms[0]).toHaveProperty("attachments");
    expect(forms[1]).toEqual({
      toRecipients: [MICROSOFT_DELIST_ADDRESS],
      subject: draft.subject,
      htmlBody: draft.htmlBody,
    });
    expect(outcome).toEqual({ opened: true, via: expect.stringContaining("without the bounce attached") });
  });
});

describe("the other draft kinds, in read mode", () => {
  const cases: Array<[ActionKind, () => Explanation]> = [
    ["contact-recipient-admin", refusedByRecipient],
    ["contact-own-admin", refusedByRecipient],
    ["ask-group-owner", restrictedGroup],
    ["ask-moderator", restrictedGroup],
  ];
  for (const language of ["en", "nb"] as const) {
    it.each(cases)(
      `%s (${language}) opens displayNewMessageFormAsync with the core's to, cc, subject and body`,
      async (kind, make) => {
        const log = new CallLog();
        const host = await onNdrItem(log);
        const draft = draftOf(kind, make(), "item", language, "helpdesk@contoso.com");
        expect(await host.openDraft(draft)).toEqual({ opened: true, via: "displayNewMessageFormAsync" });
        const expected: Record<string, unknown> = {
          toRecipients: draft.to,
          subject: draft.subject,
          htmlBody: draft.htmlBody,
        };
        if (draft.cc.length > 0) expected.ccRecipients = draft.cc;
        // The draft to your IT department carries the bounce, as the delist forward does.
        if (draft.attachNdrItem)
          expected.attachments = [{ type: "item", itemId: ndrItemId, name: "Undeliverable Quarterly figures.msg" }];
        expect(draft.attachNdrItem ?? false).toBe(kind === "contact-own-admin");
        expect(log.of("displayNewMessageFormAsync").map((call) => call.args[0])).toEqual([expected]);
      },
    );
  }

  it("sends the recipient-admin request to postmaster at the recipient's domain, and own IT to the help desk", async () => {
    const log = new CallLog();
    const host = await onNdrItem(log);
    await host.openDraft(draftOf("contact-recipient-admin", refusedByRecipient(), "item"));
    await host.openDraft(draftOf("contact-own-admin", refusedByRecipient(), "item", "nb", "helpdesk@contoso.com"));
    expect(
      log.of("displayNewMessageFormAsync").map((call) => (call.args[0] as { toRecipients: string[] }).toRecipients),
    ).toEqual([["postmaster@fabrikam.example"], ["helpdesk@contoso.com"]]);
  });
});

describe("older and smaller clients", () => {
  it("uses displayNewMessageForm (Mailbox 1.6) where the async form is missing", async () => {
    const log = new CallLog();
    const host = await onNdrItem(log, {
      highest: "1.8",
      mailbox: { displayNewMessageForm: syncMethod(log, "displayNewMessageForm") },
    });
    const draft = draftOf("forward-to-delist", blocklisted(), "item");
    expect(await host.openDraft(draft)).toEqual({ opened: true, via: "displayNewMessageForm" });
    expect(log.of("displayNewMessageForm")[0]!.args).toEqual([
      {
        toRecipients: [MICROSOFT_DELIST_ADDRESS],
        subject: draft.subject,
        htmlBody: draft.htmlBody,
        attachments: [{ type: "item", itemId: ndrItemId, name: "Undeliverable Quarterly figures.msg" }],
      },
    ]);
  });

  it("does not use displayNewMessageFormAsync on a client that claims only Mailbox 1.8", async () => {
    const log = new CallLog();
    const host = await onNdrItem(log, { highest: "1.8" });
    expect(await host.openDraft(draftOf("contact-own-admin", refusedByRecipient(), "item"))).toEqual({
      opened: true,
      via: "displayNewMessageForm",
    });
    expect(log.of("displayNewMessageFormAsync")).toHaveLength(0);
  });

  it("says 'unsupported' where neither form exists (older Mac, mobile), so the pane shows copy buttons", async () => {
    const log = new CallLog();
    const host = await onNdrItem(log, { highest: "1.5", mailbox: {} });
    expect(await host.openDraft(draftOf("contact-recipient-admin", refusedByRecipient(), "item"))).toEqual({
      opened: false,
      reason: "unsupported",
      detail: "this Outlook cannot open a new message form",
    });
  });

  it.each([
    [
      "an error result",
      fail(9041, "NetworkError", "offline"),
      "displayNewMessageFormAsync failed: NetworkError: offline (9041)",
    ],
    ["an exception", throws, "displayNewMessageFormAsync threw: displayNewMessageFormAsync threw"],
    ["no callback", never, "displayNewMessageFormAsync timeout: no answer within 30 ms"],
  ])("reports 'failed' when displayNewMessageFormAsync gives %s", async (_how, reply, detail) => {
    const log = new CallLog();
    const host = await onNdrItem(log, { mailbox: formMailbox(log, reply) });
    expect(await host.openDraft(draftOf("contact-recipient-admin", refusedByRecipient(), "item"))).toEqual({
      opened: false,
      reason: "failed",
      detail,
    });
    // a form may still open after a lost callback: never open a second one
    expect(log.of("displayNewMessageForm")).toHaveLength(0);
  });

  it("with displayNewMessageForm, retries without the attachment when the form with it throws", async () => {
    const log = new CallLog();
    let calls = 0;
    const host = await onNdrItem(log, {
      highest: "1.8",
      mailbox: {
        displayNewMessageForm: (form: unknown) => {
          log.calls.push({ method: "displayNewMessageForm", args: [form] });
          calls += 1;
          if (calls === 1) throw new Error("item attachment not found");
        },
      },
    });
    const draft = draftOf("forward-to-delist", blocklisted(), "item");
    expect(await host.openDraft(draft)).toEqual({
      opened: true,
      via: "displayNewMessageForm (without the bounce attached: displayNewMessageForm threw: item attachment not found)",
    });
    expect(log.of("displayNewMessageForm")[1]!.args).toEqual([
      { toRecipients: [MICROSOFT_DELIST_ADDRESS], subject: draft.subject, htmlBody: draft.htmlBody },
    ]);
  });

  it("reports 'failed' when displayNewMessageForm throws (a limit exceeded)", async () => {
    const log = new CallLog();
    const host = await onNdrItem(log, {
      highest: "1.8",
      mailbox: {
        displayNewMessageForm: throwingMethod(log, "displayNewMessageForm", "Data exceeds the allowable size"),
      },
    });
    expect(await host.openDraft(draftOf("ask-group-owner", restrictedGroup(), "item"))).toEqual({
      opened: false,
      reason: "failed",
      detail: "displayNewMessageForm threw: Data exceeds the allowable size",
    });
  });

  it("says 'unsupported' outside Outlook", async () => {
    const host = createOfficeHost(fastTuning);
    expect(await host.openDraft(draftOf("contact-recipient-admin", refusedByRecipient(), "pasted"))).toEqual({
      opened: false,
      reason: "unsupported",
      detail: "not running in Outlook",
    });
  });
});

describe("replying to the NDR", () => {
  const replyDraft = () => ({ ...draftOf("contact-recipient-admin", refusedByRecipient(), "item"), replyToNdr: true });

  it("opens displayReplyFormAsync with the draft's body when the NDR is the open item", async () => {
    const log = new CallLog();
    const host = await onNdrItem(log, {
      item: { displayReplyFormAsync: asyncMethod(log, "displayReplyFormAsync", ok()) },
    });
    const draft = replyDraft();
    expect(await host.openDraft(draft)).toEqual({ opened: true, via: "displayReplyFormAsync" });
    expect(log.of("displayReplyFormAsync")[0]!.args).toEqual([{ htmlBody: draft.htmlBody }]);
    expect(log.of("displayNewMessageFormAsync")).toHaveLength(0);
  });

  it("uses displayReplyForm below Mailbox 1.9, and a new message where no reply form exists", async () => {
    const log = new CallLog();
    const host = await onNdrItem(log, {
      highest: "1.8",
      item: { displayReplyForm: syncMethod(log, "displayReplyForm") },
    });
    expect(await host.openDraft(replyDraft())).toEqual({ opened: true, via: "displayReplyForm" });

    const bare = new CallLog();
    const noReply = await onNdrItem(bare);
    expect(await noReply.openDraft(replyDraft())).toEqual({ opened: true, via: "displayNewMessageFormAsync" });
  });

  it("never replies when the NDR came as an attachment (the reply would go to whoever forwarded it)", async () => {
    const log = new CallLog();
    const host = await onNdrItem(log, {
      item: {
        subject: "FW: Undeliverable",
        from: { emailAddress: "kari@contoso.com" },
        attachments: [{ id: "a0", name: "Undeliverable", attachmentType: "item" }],
        getAttachmentContentAsync: asyncMethod(
          log,
          "getAttachmentContentAsync",
          ok({ format: "eml", content: "From: postmaster@contoso.com\r\n\r\nx" }),
        ),
        displayReplyFormAsync: asyncMethod(log, "displayReplyFormAsync", ok()),
      },
    });
    await host.openDraft(replyDraft());
    expect(log.of("displayReplyFormAsync")).toHaveLength(0);
    expect(log.of("displayNewMessageFormAsync")).toHaveLength(1);
  });
});

describe("compose mode on a forward of the NDR", () => {
  function forwardDraftItem(log: CallLog, setReply = ok(), composeType = "forward") {
    return {
      to: { getAsync: asyncMethod(log, "to.getAsync", ok([])), setAsync: asyncMethod(log, "to.setAsync", setReply) },
      cc: { setAsync: asyncMethod(log, "cc.setAsync", ok()) },
      body: {
        getAsync: (coercion: string, callback: (r: unknown) => void) =>
          queueMicrotask(() =>
            callback({
              status: "succeeded",
              value: coercion === "html" ? "<p>Delivery has failed</p>" : "Delivery has failed",
            }),
          ),
        setAsync: asyncMethod(log, "body.setAsync", ok()),
      },
      getComposeTypeAsync: asyncMethod(log, "getComposeTypeAsync", ok({ composeType, coercionType: "html" })),
      getAttachmentsAsync: asyncMethod(log, "getAttachmentsAsync", ok([])),
    };
  }

  async function onForward(item: Record<string, unknown>, mailbox: Record<string, unknown> = {}) {
    installOutlook({ item, mailbox });
    const host = createOfficeHost(fastTuning);
    await host.readCurrent();
    return host;
  }

  it("sets the delisting desk as the recipient of the open draft", async () => {
    const log = new CallLog();
    const host = await onForward(forwardDraftItem(log));
    expect(await host.openDraft(draftOf("forward-to-delist", blocklisted(), "item"))).toEqual({
      opened: true,
      via: "to.setAsync",
    });
    expect(log.of("to.setAsync")[0]!.args).toEqual([[MICROSOFT_DELIST_ADDRESS]]);
    expect(log.of("cc.setAsync")).toHaveLength(0);
  });

  it("falls back to a new form when the manifest's read-only permission refuses to.setAsync, and says why", async () => {
    const log = new CallLog();
    const denied = fail(
      7000,
      "Permission Denied",
      "The requested method is not allowed at the current permission level",
    );
    const host = await onForward(forwardDraftItem(log, denied), formMailbox(log));
    const draft = draftOf("forward-to-delist", blocklisted(), "item");
    const outcome = await host.openDraft(draft);
    expect(outcome).toEqual({
      opened: true,
      via: expect.stringMatching(
        /^displayNewMessageFormAsync \(to\.setAsync was refused: the add-in has read-only permission/,
      ),
    });
    expect(log.of("displayNewMessageFormAsync")[0]!.args[0]).toEqual({
      toRecipients: [MICROSOFT_DELIST_ADDRESS],
      subject: draft.subject,
      htmlBody: draft.htmlBody,
    });
  });

  it("with no form to fall back on (compose mode has none), tells the pane to offer copy buttons", async () => {
    const log = new CallLog();
    const host = await onForward(forwardDraftItem(log, fail(7000, "Permission Denied", "not allowed")));
    expect(await host.openDraft(draftOf("forward-to-delist", blocklisted(), "item"))).toEqual({
      opened: false,
      reason: "unsupported",
      detail: expect.stringContaining("read-only permission"),
    });
  });

  it("sets cc too when the draft has one, and says when only cc could not be set", async () => {
    const log = new CallLog();
    const host = await onForward(forwardDraftItem(log));
    const draft = { ...draftOf("forward-to-delist", blocklisted(), "item"), cc: ["it@contoso.com"] };
    expect(await host.openDraft(draft)).toEqual({ opened: true, via: "to.setAsync + cc.setAsync" });
    expect(log.of("cc.setAsync")[0]!.args).toEqual([["it@contoso.com"]]);

    const failing = new CallLog();
    const item = {
      ...forwardDraftItem(failing),
      cc: { setAsync: asyncMethod(failing, "cc.setAsync", fail(9041, "NetworkError", "offline")) },
    };
    const other = await onForward(item);
    expect(await other.openDraft(draft)).toEqual({
      opened: true,
      via: "to.setAsync (cc not set: cc.setAsync failed: NetworkError: offline (9041))",
    });
  });

  it("does not readdress a draft that is a reply or a new mail; other kinds open a new form where one exists", async () => {
    const log = new CallLog();
    const host = await onForward(forwardDraftItem(log, ok(), "reply"));
    const outcome = await host.openDraft(draftOf("forward-to-delist", blocklisted(), "item"));
    expect(log.of("to.setAsync")).toHaveLength(0);
    expect(outcome).toMatchObject({ opened: false, reason: "unsupported" });

    const other = new CallLog();
    const withForm = await onForward(forwardDraftItem(other), formMailbox(other));
    expect(await withForm.openDraft(draftOf("contact-recipient-admin", refusedByRecipient(), "item"))).toEqual({
      opened: true,
      via: "displayNewMessageFormAsync",
    });
    expect(other.of("to.setAsync")).toHaveLength(0);
  });
});
