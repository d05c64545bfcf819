/**
 * Carrying out the core's drafts (issue 6 items 1, 2 and 6; issue 15 items 1, 8 and 12): the exact
 * parameters handed to displayNewMessageFormAsync / displayNewMessageForm / to.setAsync for each
 * draft kind and each fallback. Drafts are the core's own (buildDraft).
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  buildDraft,
  MICROSOFT_DELIST_ADDRESS,
  withoutAttachment,
  type NdrArrival,
} from "../../src/core/drafts/index.js";
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

/**
 * Read-mode item ids as Exchange Online hands them out: EWS ids of about 150 characters (base64
 * with "+", "/" and "=" ; office-js-facts.md §5: Office.js itself accepts up to 200).
 */
const ewsId = (seed: string) =>
  `AAMkAGI2NGVhZTVlLTI1OGMtNDI4My1iZmE5LTA5OGJlZGU3YjAwZgBGAAAAAAC7XBO${seed}+/AAAAAAEMAAC7XBOw6SVpRJ3fwHlF8Xs1AAFxR3Z3AAC7XBOw6SVpRJ3fwHlF8Xs1AAFxR3Z4AAA=`.slice(
    0,
    152,
  );
const ndrItemId = ewsId("NdrNdrNdr");
const wrapperId = ewsId("WrapWrapW");

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
    item: readItem(log, { itemId: ndrItemId, ...options.item }),
    mailbox: options.mailbox ?? formMailbox(log),
  });
  const host = createOfficeHost(fastTuning);
  await host.readCurrent();
  return host;
}

describe("forward to Microsoft's delisting desk", () => {
  it("ids are realistic: ~150 characters of EWS base64", () => {
    expect(ndrItemId).toHaveLength(152);
    expect(ndrItemId).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(ndrItemId).toMatch(/[+/]/);
  });

  it.each(["en", "nb"] as const)("on the NDR item itself attaches the NDR as an item (%s notes)", async (language) => {
    const log = new CallLog();
    const host = await onNdrItem(log, {
      item: { itemId: ndrItemId },
      mailbox: formMailbox(log, ok(), { convertToEwsId: syncMethod(log, "convertToEwsId", "converted") }),
    });
    const draft = draftOf("forward-to-delist", blocklisted(), "item", language);
    expect(draft.attachNdrItem).toBe(true);
    expect(await host.openDraft(draft)).toEqual({
      opened: true,
      via: "displayNewMessageFormAsync",
      carriesBounce: true,
    });
    expect(log.of("displayNewMessageFormAsync").map((call) => call.args[0])).toEqual([
      {
        toRecipients: [MICROSOFT_DELIST_ADDRESS],
        subject: draft.subject,
        htmlBody: draft.htmlBody,
        attachments: [{ type: "item", itemId: ndrItemId, name: "Undeliverable Quarterly figures.msg" }],
      },
    ]);
    expect(log.of("displayNewMessageForm")).toHaveLength(0);
    // read mode's itemId is already the EWS id: handed over as it is, never converted
    expect(log.of("convertToEwsId")).toHaveLength(0);
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

  it("does not attach an item the bounce did not come from, and then sends the bounce's text (nothing read yet, or the item changed)", async () => {
    const log = new CallLog();
    installOutlook({ highest: "1.13", item: readItem(log), mailbox: formMailbox(log) });
    const host = createOfficeHost(fastTuning);
    const draft = draftOf("forward-to-delist", blocklisted(), "item");
    const outcome = await host.openDraft(draft);
    expect(log.of("displayNewMessageFormAsync")[0]!.args[0]).toEqual({
      toRecipients: [MICROSOFT_DELIST_ADDRESS],
      subject: draft.subject,
      htmlBody: draft.htmlBodyIfNotAttached,
    });
    expect(draft.htmlBodyIfNotAttached).not.toBe(draft.htmlBody);
    expect(outcome).toEqual({ opened: true, via: expect.stringContaining("its text is in the body instead") });
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
    // the form that opened carries the bounce's text, since the attachment did not go
    expect(forms[1]).toEqual({
      toRecipients: [MICROSOFT_DELIST_ADDRESS],
      subject: draft.subject,
      htmlBody: draft.htmlBodyIfNotAttached,
    });
    expect(outcome).toEqual({ opened: true, via: expect.stringContaining("without the bounce attached") });
    // and the pane shows the notes for the text, not the ones that speak of an attachment
    expect(withoutAttachment(draft).notes).toEqual(draft.notesIfNotAttached);
    expect(draft.notesIfNotAttached).not.toEqual(draft.notes);
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
        const host = await onNdrItem(log, {
          item: {
            displayReplyFormAsync: asyncMethod(log, "displayReplyFormAsync", ok()),
            displayReplyForm: syncMethod(log, "displayReplyForm"),
          },
        });
        const draft = draftOf(kind, make(), "item", language, "helpdesk@contoso.com");
        expect(await host.openDraft(draft)).toEqual({
          opened: true,
          via: "displayNewMessageFormAsync",
          ...(draft.attachNdrItem ? { carriesBounce: true } : {}),
        });
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
        // never a reply: the NDR's sender is an unattended system mailbox (and mobile has no reply form)
        expect(log.calls.filter((call) => call.method.startsWith("displayReplyForm"))).toEqual([]);
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
    expect(await host.openDraft(draft)).toEqual({ opened: true, via: "displayNewMessageForm", carriesBounce: true });
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
      carriesBounce: true,
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
      { toRecipients: [MICROSOFT_DELIST_ADDRESS], subject: draft.subject, htmlBody: draft.htmlBodyIfNotAttached },
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
      carriesBounce: true,
    });
    expect(log.of("to.setAsync")[0]!.args).toEqual([[MICROSOFT_DELIST_ADDRESS]]);
    expect(log.of("cc.setAsync")).toHaveLength(0);
  });

  it("goes to the copy buttons when to.setAsync is refused, never to a new form (documented for read mode only)", async () => {
    const log = new CallLog();
    const denied = fail(
      7000,
      "Permission Denied",
      "The requested method is not allowed at the current permission level",
    );
    const host = await onForward(forwardDraftItem(log, denied), formMailbox(log));
    const outcome = await host.openDraft(draftOf("forward-to-delist", blocklisted(), "item"));
    expect(outcome).toEqual({
      opened: false,
      reason: "unsupported",
      detail: expect.stringMatching(/to\.setAsync was refused: the add-in has read-only permission.*read mode only/),
    });
    // the client offers the forms, but compose mode does not use them
    expect(log.of("displayNewMessageFormAsync")).toHaveLength(0);
    expect(log.of("displayNewMessageForm")).toHaveLength(0);
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
    expect(await host.openDraft(draft)).toEqual({
      opened: true,
      via: "to.setAsync + cc.setAsync",
      carriesBounce: true,
    });
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
      carriesBounce: true,
    });
  });

  it("does not readdress a draft that is a reply or a new mail; other kinds go to the copy buttons even where forms exist", async () => {
    const log = new CallLog();
    const host = await onForward(forwardDraftItem(log, ok(), "reply"));
    const outcome = await host.openDraft(draftOf("forward-to-delist", blocklisted(), "item"));
    expect(log.of("to.setAsync")).toHaveLength(0);
    expect(outcome).toMatchObject({ opened: false, reason: "unsupported" });

    const other = new CallLog();
    const withForm = await onForward(forwardDraftItem(other), formMailbox(other));
    expect(await withForm.openDraft(draftOf("contact-recipient-admin", refusedByRecipient(), "item"))).toEqual({
      opened: false,
      reason: "unsupported",
      detail: "compose mode: new message forms are documented for read mode only",
    });
    expect(other.of("to.setAsync")).toHaveLength(0);
    expect(other.of("displayNewMessageFormAsync")).toHaveLength(0);
  });
});
