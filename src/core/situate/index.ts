/**
 * situate: the report and what the host knows → the Situation (issue 13). Who reads (the sender or a
 * help desk), which domains are ours, and per recipient: inside or outside, where the message stopped,
 * on-premises hops, the group the NDR names, the NDR's own word on who must act, and the timing.
 * Diagnosis reads it to choose who must act and what to offer; it never changes which cause matched.
 */
import type {
  DeliveryReport,
  GroupFacts,
  NdrFixOwner,
  OrgSide,
  RecipientFacts,
  RecipientSituation,
  Situation,
  SituationContext,
} from "../types.js";
import { belongsTo, belongsToAny, domainOf, ourDomainsOf } from "./domains.js";
import { groupFactsIn } from "./group.js";
import { onPremisesHops } from "./hybrid.js";
import { ndrFixOwnerIn } from "./ndr-owner.js";
import { stopPlaceOf, stoppedHostInText, stoppedHostOf, type StoppedHost } from "./stop.js";
import { textSaysGaveUp, timingOf } from "./timing.js";
import { mailServiceOf } from "./mail-services.js";
import { firstAddress } from "../diagnose/names.js";
import { packedMap } from "../packed-map.js";

export { ndrFixOwnerIn } from "./ndr-owner.js";
export { belongsTo, domainOf } from "./domains.js";

/** The enhanced NDR's "Original Message Details" line with the sender's address. */
const senderAddressLabel =
  /^(?:Sender Address|Avsenderadresse|Absenderadresse|Adresse de l'exp[ée]diteur|Direcci[óo]n del remitente|Avs[äa]ndaradress|Afsenderadresse|Adres van afzender):/i;

/** The label anywhere in a line: a text without one needs no cutting into lines. */
const senderAddressLabelAnywhere = new RegExp(senderAddressLabel.source.slice(1), "i");

function senderAddressLine(text: string): string | undefined {
  const head = text.slice(0, 16 * 1024);
  if (!senderAddressLabelAnywhere.test(head)) return undefined;
  for (const line of head.split("\n")) {
    const trimmed = line.trim();
    if (senderAddressLabel.test(trimmed)) return firstAddress(trimmed);
  }
  return undefined;
}

/** The address whose message bounced. */
export function senderAddressOf(report: DeliveryReport, context?: SituationContext): string | undefined {
  const fromOriginal = firstAddress(report.original?.from);
  if (fromOriginal) return fromOriginal.toLowerCase();
  const line = senderAddressLine(report.message?.text ?? "");
  if (line) return line.toLowerCase();
  const to = packedMap(report.message?.to ?? [], (t) => firstAddress(t)).find(Boolean);
  if (report.message?.wrapper) return undefined;
  if (to) return to.toLowerCase();
  // pasted text: the person pasting is taken for the sender
  return context?.readerAddress?.toLowerCase();
}

/** A help desk reads a bounce forwarded to it, or one addressed to someone else. */
function readerOf(report: DeliveryReport, context: SituationContext | undefined, sender?: string): Situation["reader"] {
  const reader = context?.readerAddress?.trim().toLowerCase();
  if (report.message?.wrapper) return "helpdesk";
  if (reader && sender && reader !== sender) return "helpdesk";
  return "sender";
}

function sideOf(domain: string | undefined, ours: readonly string[]): OrgSide {
  if (!domain || ours.length === 0) return "unknown";
  return belongsToAny(domain, ours) ? "inside" : "outside";
}

/** A recipient's mailbox at a free-mail service is never inside the reader's organisation, even one that sends from it. */
function recipientSideOf(domain: string | undefined, ours: readonly string[]): OrgSide {
  const side = sideOf(domain, ours);
  return side === "inside" && mailServiceOf(domain) ? "outside" : side;
}

/**
 * Whether two domains are one organisation's. Two mailboxes at a free-mail service (gmail.com to
 * gmail.com) are two people's, not one organisation with an IT department between them.
 */
function sameOrganisation(a: string | undefined, b: string | undefined, ours: readonly string[]): boolean {
  if (!a || !b || mailServiceOf(b)) return false;
  if (belongsTo(a, b) || belongsTo(b, a)) return true;
  return belongsToAny(a, ours) && belongsToAny(b, ours);
}

const groupCauseWords = /group|gruppe|grupp|groupe|grupo|groep|distribution list|RESOLVER\.RST\.\w*Group|APPROVAL\./i;

/** What the whole report says, read once: a report to hundreds of recipients repeats it for each. */
interface ReportReading {
  senderAddress?: string;
  reader: Situation["reader"];
  ourDomains: readonly string[];
  opening: string;
  textHost?: StoppedHost;
  textGaveUp: boolean;
  groupInText?: GroupFacts;
  ndrSays?: NdrFixOwner;
  /** computed on first use: only inside cases need it */
  hybridHops?: string[];
}

export function situateRecipient(
  report: DeliveryReport,
  facts: RecipientFacts,
  shared: ReportReading,
): RecipientSituation {
  const ours = shared.ourDomains;
  const senderDomain = domainOf(shared.senderAddress);
  const recipientDomain = domainOf(facts.address);
  const host = stoppedHostOf(facts, shared.textHost);
  const situation: RecipientSituation = {
    reader: shared.reader,
    ourDomains: ours,
    sender: sideOf(senderDomain, ours),
    recipient: recipientSideOf(recipientDomain, ours),
    sameOrganisation: sameOrganisation(senderDomain, recipientDomain, ours),
    stoppedAt: stopPlaceOf({ report, facts, host, ourDomains: ours, recipientDomain, opening: shared.opening }),
    hybridHops: [],
    timing: timingOf(report, facts, shared.textGaveUp),
  };
  if (senderDomain) situation.senderDomain = senderDomain;
  if (recipientDomain) situation.recipientDomain = recipientDomain;
  if (host) situation.stoppedHost = host.host;
  const reporting = report.generatingServer ?? report.reportingMta;
  if (reporting) situation.reportingHost = reporting.replace(/^dns;\s*/i, "").toLowerCase();
  if (situation.sameOrganisation) situation.hybridHops = shared.hybridHops ??= onPremisesHops(report, ours);
  const group =
    shared.groupInText ??
    (groupCauseWords.test(facts.diagnostic ?? "") ? { moderated: false, large: false } : undefined);
  if (group) situation.group = { ...group, address: group.address ?? facts.address };
  if (shared.ndrSays) situation.ndrSays = shared.ndrSays;
  return situation;
}

export function situate(report: DeliveryReport, context?: SituationContext): Situation {
  const senderAddress = senderAddressOf(report, context);
  const reader = readerOf(report, context, senderAddress);
  const text = report.message?.text ?? "";
  const shared: ReportReading = {
    reader,
    ourDomains: ourDomainsOf(context, senderAddress, reader),
    opening: text.slice(0, 3000),
    textHost: stoppedHostInText(text),
    textGaveUp: textSaysGaveUp(report),
    groupInText: groupFactsIn(text),
    ndrSays: ndrFixOwnerIn(text),
  };
  if (senderAddress) shared.senderAddress = senderAddress;
  const recipients = packedMap(report.recipients, (facts) => situateRecipient(report, facts, shared));
  const situation: Situation = { reader, ourDomains: shared.ourDomains, recipients };
  if (context?.readerAddress) situation.readerAddress = context.readerAddress;
  return situation;
}
