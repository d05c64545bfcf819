/**
 * Hand-built Explanations shaped like src/core/types.ts, for testing drafts before (and apart from)
 * the engine and diagnosis. Reply texts are the documented Exchange Online strings in
 * ../shared/knowledge/ndr-catalog.md §5 (test vectors 2 and 1) and seed-causes.md (S2, S5);
 * addresses and IPs use documentation values.
 */
import type { Action, ActionKind, Explanation, ParsedMessage, RecipientExplanation } from "../../../src/core/types.js";

export function message(overrides: Partial<ParsedMessage> = {}): ParsedMessage {
  return {
    headers: [
      { name: "from", value: "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>" },
      { name: "subject", value: "Undeliverable: Quarterly figures" },
      { name: "message-id", value: "<ndr-1@contoso.com>" },
    ],
    subject: "Undeliverable: Quarterly figures",
    from: "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>",
    to: ["kari@contoso.com"],
    date: "Mon, 30 Nov 2026 09:15:02 +0100",
    messageId: "<ndr-1@contoso.com>",
    contentType: "multipart/report",
    text: "Delivery has failed to these recipients or groups:\n\nola@fabrikam.example\nYour message wasn't delivered.",
    parts: [],
    source: "mime",
    problems: [],
    ...overrides,
  };
}

export interface RecipientSpec {
  address: string;
  status?: string;
  replyCode?: string;
  diagnostic: string;
  actions: ActionKind[] | Action[];
  causeId?: string;
  title?: string;
  verdict?: string;
  groups?: string[];
  blockedIp?: string;
  blocklist?: string;
  recipientDomain?: string;
  action?: "failed" | "delayed";
}

export function recipient(spec: RecipientSpec): RecipientExplanation {
  const actions = spec.actions.map((a) => (typeof a === "string" ? { kind: a } : a));
  return {
    facts: {
      address: spec.address,
      action: spec.action ?? "failed",
      status: spec.status,
      replyCode: spec.replyCode,
      diagnostic: spec.diagnostic,
      remoteMta: "AM0PR01MB1234.eurprd01.prod.outlook.com",
      lastAttempt: "Mon, 30 Nov 2026 09:15:00 +0100",
      format: "rfc3464",
    },
    diagnosis: {
      causeId: spec.causeId ?? "TEST_CAUSE",
      reason: "rejected",
      fixOwner: "recipient-admin",
      permanent: true,
      confidence: 0.9,
      evidence: { text: spec.diagnostic.slice(0, 20), line: spec.diagnostic, start: 0 },
      names: {
        recipient: spec.address,
        recipientDomain: spec.recipientDomain,
        groups: spec.groups ?? [],
        blockedIp: spec.blockedIp,
        blocklist: spec.blocklist,
      },
      actions,
    },
    verdict: spec.verdict ?? `The message to ${spec.address} was refused.`,
    title: spec.title ?? "The recipient's server refused the message",
    guidance: { sender: [], owner: [], admin: [] },
  };
}

export function explanation(
  recipients: RecipientExplanation[],
  overrides: Partial<Explanation> = {},
  msg?: Partial<ParsedMessage>,
): Explanation {
  return {
    report: {
      kind: "failed",
      format: "rfc3464",
      language: "en",
      reportingMta: "AM0PR01MB1234.eurprd01.prod.outlook.com",
      generatingServer: "DB9PR01MB5678.eurprd01.prod.outlook.com",
      arrivalDate: "Mon, 30 Nov 2026 08:14:58 +0000",
      recipients: recipients.map((r) => r.facts),
      original: {
        subject: "Quarterly figures",
        messageId: "<abc123@contoso.com>",
        date: "Mon, 30 Nov 2026 08:14:55 +0000",
        from: "kari@contoso.com",
        to: recipients.map((r) => r.facts.address),
        auth: {
          spf: "pass",
          dkim: "pass",
          dmarc: "pass",
          raw: ["spf=pass smtp.mailfrom=contoso.com; dkim=pass header.d=contoso.com"],
        },
      },
      hops: [
        {
          from: "DB9PR01MB5678.eurprd01.prod.outlook.com",
          by: "AM0PR01MB1234.eurprd01.prod.outlook.com",
          with: "Microsoft SMTP Server",
          time: "Mon, 30 Nov 2026 08:14:56 +0000",
        },
      ],
      message: message(msg),
      problems: [],
    },
    trust: { suspicious: false, reasons: [], score: 0.95 },
    language: "en",
    recipients,
    ...overrides,
  };
}

export const blocklistRecipient = () =>
  recipient({
    address: "ola@fabrikam.example",
    status: "5.7.1",
    replyCode: "550",
    diagnostic:
      "550 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com",
    actions: ["forward-to-delist", "contact-own-admin", "copy-report"],
    causeId: "EOP_BLOCKLIST_1",
    title: "Your mail server's IP address is on Microsoft's blocklist",
    blockedIp: "192.0.2.10",
    blocklist: "Blocklist 1",
  });

export const restrictedGroupRecipient = () =>
  recipient({
    address: "sales-team@contoso.com",
    status: "5.7.1",
    replyCode: "550",
    diagnostic: "550 5.7.1 RESOLVER.RST.NotAuthorizedToGroup; not authorized to send to the distribution list",
    actions: ["ask-group-owner", "contact-own-admin"],
    causeId: "EXO_GROUP_SENDER_NOT_ALLOWED",
    title: "You are not allowed to send to this group",
    groups: ["Sales Team", "Sales Norway"],
  });

export const recipientBlocksSender = () =>
  recipient({
    address: "ola@fabrikam.example",
    status: "5.7.1",
    replyCode: "550",
    diagnostic: "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
    actions: ["contact-recipient-admin", "fix-address"],
    causeId: "EXCH_NOT_AUTHORIZED",
    recipientDomain: "fabrikam.example",
  });

export const moderatedRecipient = () =>
  recipient({
    address: "all-staff@contoso.com",
    status: "5.7.1",
    replyCode: "550",
    diagnostic: "550 5.7.1 APPROVAL.NotAuthorized; message cannot be delivered.",
    actions: ["ask-moderator"],
    causeId: "MODERATION_REJECTED_OR_EXPIRED",
    groups: ["All Staff"],
  });
