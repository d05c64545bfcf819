/**
 * From a realistic NDR in Outlook to the exact Office call (issue 6, "Done when"): the NDR is the
 * selected item (getAsFileAsync) or an attachment of a forward, the pane's path is followed —
 * readCurrent → explainBounce → draftsFor → openDraft / openLink — and the parameters Outlook
 * receives are asserted. The NDRs are the core's shared samples (test/core/drafts/ndr-samples.ts,
 * Exchange Online-shaped after ndr-catalog.md §1, §3 and §5).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { explainBounce } from "../../src/core/index.js";
import {
  draftsFor,
  linkFor,
  MICROSOFT_DELIST_ADDRESS,
  MICROSOFT_DELIST_PORTAL,
  type NdrArrival,
} from "../../src/core/drafts/index.js";
import type { Draft, Language } from "../../src/core/types.js";
import { createOfficeHost } from "../../src/office/host.js";
import type { PaneHost } from "../../src/host/types.js";
import { samples } from "../core/drafts/ndr-samples.js";
import {
  asyncMethod,
  base64,
  CallLog,
  fastTuning,
  forwardBody,
  installOutlook,
  ok,
  readItem,
  uninstallOutlook,
} from "./support/outlook-mock.js";

afterEach(() => {
  uninstallOutlook();
  vi.unstubAllGlobals();
});

const ndrItemId = "AAMkAGI2THVSAAA=";
const wrapperId = "AAMkAGWRAPPERAAA=";

function formMailbox(log: CallLog) {
  return { displayNewMessageFormAsync: asyncMethod(log, "displayNewMessageFormAsync", ok()) };
}

/** The NDR is the selected message (a client where add-ins do open on it, Mailbox 1.14). */
function selectNdr(log: CallLog, eml: string) {
  installOutlook({
    item: readItem(log, { itemId: ndrItemId, getAsFileAsync: asyncMethod(log, "getAsFileAsync", ok(base64(eml))) }),
    mailbox: formMailbox(log),
  });
}

/** The NDR forwarded as an attachment to the user: the wrapper is the selected message. */
function selectWrapper(log: CallLog, eml: string) {
  installOutlook({
    item: readItem(
      log,
      {
        itemId: wrapperId,
        subject: "FW: Undeliverable: Quarterly figures",
        from: { emailAddress: "kari@contoso.com", displayName: "Kari Nordmann" },
        attachments: [
          {
            id: "att-0",
            name: "Undeliverable: Quarterly figures",
            attachmentType: "item",
            contentType: "message/rfc822",
          },
        ],
        getAttachmentContentAsync: asyncMethod(log, "getAttachmentContentAsync", ok({ format: "eml", content: eml })),
      },
      forwardBody(),
    ),
    mailbox: formMailbox(log),
  });
}

async function pane(host: PaneHost, arrival: NdrArrival, language: Language): Promise<Draft[]> {
  const read = await host.readCurrent();
  expect(read.notices).toEqual([]);
  expect(read.candidates).toHaveLength(1);
  const explanation = await explainBounce(read.candidates[0]!.input, { language });
  expect(explanation.report.kind).toBe("failed");
  return draftsFor(explanation, 0, { language, arrival, helpDeskAddress: "helpdesk@contoso.com" });
}

function formOf(draft: Draft, attachments?: unknown[]) {
  const form: Record<string, unknown> = { toRecipients: draft.to, subject: draft.subject, htmlBody: draft.htmlBody };
  if (draft.cc.length > 0) form.ccRecipients = draft.cc;
  if (attachments) form.attachments = attachments;
  return form;
}

describe.each(["en", "nb"] as const)("realistic NDRs to Outlook calls (%s)", (language) => {
  it("Microsoft's blocklist on the NDR item: delist forward and own IT, each with the NDR attached as an item", async () => {
    const log = new CallLog();
    selectNdr(log, samples.microsoftBlocklist);
    const host = createOfficeHost(fastTuning);
    const drafts = await pane(host, "item", language);
    expect(drafts.map((d) => d.kind).sort()).toEqual(["contact-own-admin", "forward-to-delist"]);
    for (const draft of drafts)
      expect(await host.openDraft(draft)).toEqual({
        opened: true,
        via: "displayNewMessageFormAsync",
        carriesBounce: true,
      });
    const delist = drafts.find((d) => d.kind === "forward-to-delist")!;
    const ownIt = drafts.find((d) => d.kind === "contact-own-admin")!;
    expect(delist.to).toEqual([MICROSOFT_DELIST_ADDRESS]);
    expect(ownIt.to).toEqual(["helpdesk@contoso.com"]);
    const forms = log.of("displayNewMessageFormAsync").map((call) => call.args[0]);
    expect(forms).toEqual(
      drafts.map((draft) =>
        formOf(draft, [{ type: "item", itemId: ndrItemId, name: "Undeliverable Quarterly figures.msg" }]),
      ),
    );
  });

  it("Microsoft's blocklist forwarded as an attachment: the forward that carries it is attached", async () => {
    const log = new CallLog();
    selectWrapper(log, samples.microsoftBlocklist);
    const host = createOfficeHost(fastTuning);
    const delist = (await pane(host, "attachment", language)).find((d) => d.kind === "forward-to-delist")!;
    await host.openDraft(delist);
    expect(log.of("displayNewMessageFormAsync")[0]!.args[0]).toEqual(
      formOf(delist, [{ type: "item", itemId: wrapperId, name: "FW Undeliverable Quarterly figures.msg" }]),
    );
  });

  it.each([
    ["restrictedGroup", "ask-group-owner"],
    ["largeGroup", "ask-moderator"],
    ["recipientRestricted", "contact-recipient-admin"],
  ] as const)("%s: the %s draft reaches displayNewMessageFormAsync unchanged", async (sample, kind) => {
    const log = new CallLog();
    selectNdr(log, samples[sample]);
    const host = createOfficeHost(fastTuning);
    const draft = (await pane(host, "item", language)).find((d) => d.kind === kind);
    expect(draft).toBeDefined();
    expect(await host.openDraft(draft!)).toEqual({ opened: true, via: "displayNewMessageFormAsync" });
    expect(log.of("displayNewMessageFormAsync").map((call) => call.args[0])).toEqual([formOf(draft!)]);
    if (kind === "contact-recipient-admin") expect(draft!.to).toEqual(["postmaster@fabrikam.example"]);
  });

  it.each([
    ["bannedSendingIp", "delist-portal", MICROSOFT_DELIST_PORTAL],
    ["spamhaus", "third-party-delist", undefined],
  ] as const)("%s: the %s page opens outside the pane", async (sample, kind, expectedUrl) => {
    const log = new CallLog();
    selectNdr(log, samples[sample]);
    const open = vi.fn();
    vi.stubGlobal("open", open);
    const host = createOfficeHost(fastTuning);
    const read = await host.readCurrent();
    const explanation = await explainBounce(read.candidates[0]!.input, { language });
    const recipient = explanation.recipients[0]!;
    const url = linkFor(
      recipient.diagnosis.actions.find((a) => a.kind === kind)!,
      recipient.diagnosis.names,
    );
    expect(url).toBeDefined();
    if (expectedUrl) expect(url).toBe(expectedUrl);
    await host.openLink(url!);
    // Outlook on the web has no openBrowserWindow: a new tab without an opener
    expect(open).toHaveBeenCalledWith(url, "_blank", "noopener,noreferrer");
  });
});
