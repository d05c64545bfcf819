/**
 * Names pulled from the NDR so guidance and commands carry real values: recipient and domains,
 * restricted groups, blocked IP and blocklist, public folder, tenant, servers.
 */
import { recipientLabel } from "../recipient-label.js";
import type { DeliveryReport, ExtractedNames, RecipientFacts } from "../types.js";
import { packedMap } from "../packed-map.js";

const ipv4Bracketed = /\[(\d{1,3}(?:\.\d{1,3}){3})\]/g;
/** The address is group 1: the character before it is matched, not looked behind at (no lookbehind below ES2020's floor; see README). */
const ipv4Plain = /(?:^|[^\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])/;
const ipAfterWord = /(?:client host|client|sending IP|ip=|from IP|from)\s?\[?(\d{1,3}(?:\.\d{1,3}){3})/i;
const ipv6Bracketed = /\[([0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})\]/i;

const addressChar = /[A-Za-z0-9._%+'-]/;
const domainChar = /[A-Za-z0-9.-]/;

/** The first email address in `text`, found by walking out from each "@" (no backtracking). */
export function firstAddress(text: string | undefined): string | undefined {
  if (!text) return undefined;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && addressChar.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && domainChar.test(text[end])) end++;
    while (end > at + 1 && text[end - 1] === ".") end--; // a full stop after the address
    const domain = text.slice(at + 1, end);
    if (start < at && domain.includes(".")) return text.slice(start, at + 1 + domain.length);
  }
  return undefined;
}

/** The restricted group an enhanced NDR names: "The group <g> only accepts …". */
function groupNamedIn(text: string, lower = text.toLowerCase()): string | undefined {
  const start = lower.indexOf("the group ");
  if (start < 0) return undefined;
  const end = lower.indexOf(" only accepts", start);
  if (end < 0 || end - start > 200) return undefined;
  return text.slice(start + "the group ".length, end).trim() || undefined;
}

/** The tenant's short name from any "<tenant>.onmicrosoft.com" in the text. */
function tenantIn(text: string | undefined, lower = text?.toLowerCase()): string | undefined {
  if (!text) return undefined;
  const at = lower!.indexOf(".onmicrosoft.com");
  if (at <= 0) return undefined;
  let start = at;
  while (start > 0 && /[A-Za-z0-9-]/.test(text[start - 1])) start--;
  return start < at ? text.slice(start, at).toLowerCase() : undefined;
}

/** The client IP a refusal names (not the IP of a host it mentions, as in "mx.example.org[192.0.2.1]"). */
function blockedIpIn(reply: string): string | undefined {
  const named = ipAfterWord.exec(reply)?.[1];
  if (named) return named;
  for (const m of reply.matchAll(ipv4Bracketed)) {
    const before = reply[m.index - 1] ?? " ";
    if (!/[A-Za-z0-9.-]/.test(before)) return m[1];
  }
  const v6 = ipv6Bracketed.exec(reply)?.[1];
  if (v6) return v6;
  return /blocked|listed|banned|reputation/i.test(reply) ? ipv4Plain.exec(reply)?.[1] : undefined;
}

/** Known blocklists: a pattern to recognise the name and the page where its operator takes requests. */
const blocklists: { name: string; pattern: RegExp; url: string }[] = [
  { name: "Microsoft Blocklist", pattern: /Blocklist ?\d|FBLW15/i, url: "https://sender.office.com/" },
  { name: "Spamhaus", pattern: /spamhaus/i, url: "https://check.spamhaus.org/" },
  { name: "Barracuda Reputation Block List", pattern: /barracuda/i, url: "https://www.barracudacentral.org/lookups" },
  { name: "SpamCop", pattern: /spamcop/i, url: "https://www.spamcop.net/bl.shtml" },
  { name: "Proofpoint", pattern: /proofpoint/i, url: "https://ipcheck.proofpoint.com/" },
  {
    name: "Trend Micro Email Reputation",
    pattern: /Trend Micro|mail-abuse/i,
    url: "https://servicecentral.trendmicro.com/en-US/ers/ip-lookup/",
  },
  { name: "SORBS", pattern: /sorbs/i, url: "https://www.sorbs.net/" },
  { name: "Abusix / CBL", pattern: /abuseat|\bcbl\b/i, url: "https://check.spamhaus.org/" },
  { name: "UCEPROTECT", pattern: /uceprotect/i, url: "https://www.uceprotect.net/en/rblcheck.php" },
  { name: "Cloudmark", pattern: /cloudmark/i, url: "https://csi.cloudmark.com/en/reset/" },
  {
    name: "Talos (Cisco)",
    // Cisco's own words only: "poor reputation" alone is any receiving server's judgement, not Talos's
    pattern: /sending MTA's poor reputation|senderbase|talos/i,
    url: "https://talosintelligence.com/reputation_center",
  },
];

const listZone = /(?:blocked using|black ?list at|listed (?:at|in|on))\s/i;

function domainOf(addr: string | undefined): string | undefined {
  const at = addr?.lastIndexOf("@") ?? -1;
  return at > 0 ? addr!.slice(at + 1).toLowerCase() : undefined;
}

/** The blocklist named in the reply and the page to ask for removal, if any. */
export function findBlocklist(text: string): { name: string; url: string } | undefined {
  for (const list of blocklists) if (list.pattern.test(text)) return { name: list.name, url: list.url };
  const m = listZone.exec(text);
  let zone: string | undefined;
  if (m) {
    const start = m.index + m[0].length;
    let end = start;
    while (end < text.length && end - start < 100 && !/[\s;,]/.test(text[end])) end++;
    zone = text.slice(start, end).replace(/\.$/, "") || undefined;
  }
  return zone ? { name: zone, url: "https://mxtoolbox.com/blacklists.aspx" } : undefined;
}

/** A local delivery's target named in place of an address: a program ("|/usr/bin/procmail") or a file ("/var/mail/jdoe"). */
export function isDeliveryTarget(label: string): boolean {
  return /^"?[|/]/.test(label);
}

export interface NameContext {
  names: ExtractedNames;
  /** removal page of the named blocklist */
  blocklistUrl?: string;
}

/** Names the whole report shares (the group and tenant named in its text), found once per report. */
const reportNames = new WeakMap<DeliveryReport, { group?: string; tenant?: string }>();

function namesOfReport(report: DeliveryReport, lowerBody?: string): { group?: string; tenant?: string } {
  let found = reportNames.get(report);
  if (!found) {
    const body = (report.message?.text ?? "").slice(0, 32 * 1024);
    const lower = lowerBody ?? body.toLowerCase();
    found = {
      group: groupNamedIn(body, lower),
      tenant: tenantIn(report.original?.from) ?? tenantIn(report.message?.from) ?? tenantIn(body, lower),
    };
    reportNames.set(report, found);
  }
  return found;
}

/** `lowerBody`: the report's text up to 32 KiB, lower-cased, when the caller has it already. */
export function extractNames(
  report: DeliveryReport,
  facts: RecipientFacts,
  isGroup: boolean,
  lowerBody?: string,
): NameContext {
  const reply = facts.diagnostic ?? "";
  const shared = namesOfReport(report, lowerBody);
  const label = recipientLabel(facts);
  // a program or a mailbox file a local delivery names instead of an address is no one to ask or look up
  const recipient = label && !isDeliveryTarget(label) ? label : undefined;
  const sender =
    firstAddress(report.original?.from) ?? packedMap(report.message?.to ?? [], (to) => firstAddress(to)).find(Boolean);

  const groups: string[] = [];
  const named = shared.group ?? groupNamedIn(reply);
  if (named) groups.push(named);
  if (isGroup && recipient && !groups.includes(recipient)) groups.push(recipient);

  const blockedIp = blockedIpIn(reply);
  const blocklist = findBlocklist(reply);

  const tenant = shared.tenant;

  const names: ExtractedNames = {
    recipient,
    recipientDomain: domainOf(recipient),
    senderAddress: sender,
    senderDomain: domainOf(sender),
    groups,
    blockedIp,
    blocklist: blocklist?.name,
    publicFolder: undefined,
    tenant: tenant?.toLowerCase(),
    generatingServer: report.generatingServer ?? report.reportingMta,
    remoteServer: facts.remoteMta,
  };
  return { names, blocklistUrl: blocklist?.url };
}
