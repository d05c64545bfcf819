/**
 * Where along "you → your server → their server → recipient" the message stopped, from the
 * report's facts. Pure, so it can be tested without a browser.
 */
import type { DeliveryReport, RecipientExplanation } from "../core/types.js";

export type PathPoint = "you" | "yourServer" | "theirServer" | "recipient";

export interface DeliveryPathModel {
  you?: string;
  yourServer?: string;
  theirServer?: string;
  recipient: string;
  stoppedAt: PathPoint;
}

function domainOf(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf("@") ?? -1;
  return at >= 0 ? address!.slice(at + 1).toLowerCase() : undefined;
}

/** "mx1.contoso.com" belongs to "contoso.com"; also true for exact matches. */
function hostIn(host: string | undefined, domain: string | undefined): boolean {
  if (!host || !domain) return false;
  const h = host.toLowerCase().replace(/\.$/, "");
  return h === domain || h.endsWith(`.${domain}`);
}

/** Strip DSN type prefixes ("dns; mx.example.org") and bracketed addresses. */
function cleanHost(value: string | undefined): string | undefined {
  const cleaned = value?.replace(/^\s*dns\s*;\s*/i, "").trim();
  return cleaned ? cleaned : undefined;
}

export function deliveryPath(report: DeliveryReport, rx: RecipientExplanation): DeliveryPathModel {
  const names = rx.diagnosis.names;
  const recipient = rx.facts.address;
  const recipientDomain = names.recipientDomain ?? domainOf(recipient);
  const generating = cleanHost(report.generatingServer ?? report.reportingMta ?? names.generatingServer);
  const remote = cleanHost(rx.facts.remoteMta ?? names.remoteServer);
  const owner = rx.diagnosis.fixOwner;
  const recipientSide = owner === "recipient" || owner === "recipient-admin" || owner === "group-owner";
  const firstHop = cleanHost(report.hops[0]?.from);
  let yourServer: string | undefined;
  let theirServer: string | undefined;
  if (remote) {
    // Another system refused: the report came from ours.
    yourServer = generating;
    theirServer = remote;
  } else if (hostIn(generating, recipientDomain) || (recipientSide && generating)) {
    // Refused inside the recipient's own system, which wrote the report; our side is the first hop.
    theirServer = generating;
    yourServer = firstHop;
  } else {
    yourServer = generating ?? firstHop;
  }
  if (yourServer && theirServer && yourServer.toLowerCase() === theirServer.toLowerCase()) yourServer = undefined;

  let stoppedAt: PathPoint;
  if (rx.facts.action === "delivered") stoppedAt = "recipient";
  else if (theirServer) stoppedAt = "theirServer";
  else if (owner === "sender" || owner === "sender-admin") stoppedAt = "yourServer";
  else stoppedAt = "theirServer";

  return {
    you: report.original?.from ?? names.senderAddress,
    yourServer,
    theirServer,
    recipient,
    stoppedAt,
  };
}
