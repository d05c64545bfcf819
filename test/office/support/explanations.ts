/**
 * Explanations shaped like src/core/types.ts, standing in for the engine's output so the drafts
 * handed to Outlook are the core's real ones (src/core/drafts buildDraft). Reply texts follow the
 * Exchange Online strings quoted in ../shared/knowledge/ndr-catalog.md §5 and office-js-facts.md §6;
 * addresses and IPs are documentation values (example domains, 192.0.2.0/24).
 */
import type { ActionKind, Explanation, RecipientExplanation } from "../../../src/core/types.js";

interface Spec {
  address: string;
  status: string;
  diagnostic: string;
  actions: ActionKind[];
  causeId: string;
  groups?: string[];
  blockedIp?: string;
  recipientDomain?: string;
}

function recipient(spec: Spec): RecipientExplanation {
  return {
    facts: {
      address: spec.address,
      action: "failed",
      status: spec.status,
      replyCode: "550",
      diagnostic: spec.diagnostic,
      remoteMta: "AM0PR01MB1234.eurprd01.prod.outlook.com",
      format: "rfc3464",
    },
    diagnosis: {
      causeId: spec.causeId,
      reason: "rejected",
      fixOwner: "recipient-admin",
      permanent: true,
      confidence: 0.9,
      names: {
        recipient: spec.address,
        recipientDomain: spec.recipientDomain,
        groups: spec.groups ?? [],
        blockedIp: spec.blockedIp,
      },
      actions: spec.actions.map((kind) => ({ kind })),
    },
    verdict: `The message to ${spec.address} was refused.`,
    title: "Refused",
    guidance: { sender: [], owner: [], admin: [] },
  };
}

function explanation(recipients: RecipientExplanation[]): Explanation {
  return {
    report: {
      kind: "failed",
      format: "rfc3464",
      language: "en",
      reportingMta: "AM0PR01MB1234.eurprd01.prod.outlook.com",
      recipients: recipients.map((r) => r.facts),
      original: {
        subject: "Quarterly figures",
        messageId: "<abc123@contoso.com>",
        date: "Mon, 30 Nov 2026 08:14:55 +0000",
        from: "kari@contoso.com",
        to: recipients.map((r) => r.facts.address),
      },
      hops: [],
      message: {
        headers: [],
        subject: "Undeliverable: Quarterly figures",
        from: "Microsoft Outlook <postmaster@contoso.com>",
        to: ["kari@contoso.com"],
        date: "Mon, 30 Nov 2026 09:15:02 +0100",
        contentType: "multipart/report",
        text: `Delivery has failed to these recipients or groups:\n${recipients.map((r) => `${r.facts.address}\n${r.facts.diagnostic}`).join("\n")}`,
        parts: [],
        source: "office",
        problems: [],
      },
      problems: [],
    },
    trust: { suspicious: false, reasons: [], score: 0.95 },
    language: "en",
    recipients,
  };
}

export const blocklisted = () =>
  explanation([
    recipient({
      address: "ola@fabrikam.example",
      status: "5.7.511",
      diagnostic:
        "550 5.7.511 Access denied, banned sender[192.0.2.10]. To request removal from this list please forward this message to delist@messaging.microsoft.com",
      actions: ["forward-to-delist", "contact-own-admin"],
      causeId: "EOP_BANNED_SENDER",
      blockedIp: "192.0.2.10",
      recipientDomain: "fabrikam.example",
    }),
  ]);

export const restrictedGroup = () =>
  explanation([
    recipient({
      address: "sales-team@contoso.com",
      status: "5.7.1",
      diagnostic: "550 5.7.1 RESOLVER.RST.NotAuthorizedToGroup; not authorized to send to the distribution list",
      actions: ["ask-group-owner", "ask-moderator"],
      causeId: "EXO_GROUP_SENDER_NOT_ALLOWED",
      groups: ["Sales Team"],
      recipientDomain: "contoso.com",
    }),
  ]);

export const refusedByRecipient = () =>
  explanation([
    recipient({
      address: "ola@fabrikam.example",
      status: "5.7.1",
      diagnostic: "550 5.7.1 Delivery not authorized, message refused",
      actions: ["contact-recipient-admin", "contact-own-admin"],
      causeId: "RECIPIENT_REFUSED",
      recipientDomain: "fabrikam.example",
    }),
  ]);
