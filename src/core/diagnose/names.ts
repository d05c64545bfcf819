/**
 * Names pulled from the NDR so guidance and commands carry real values: recipient and domains,
 * restricted groups, blocked IP and blocklist, public folder, tenant, servers.
 */
import type { DeliveryReport, ExtractedNames, RecipientFacts } from "../types.js";

const address = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const ipv4 = /(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])/;
const clientIp = /(?:client host|from|sending IP|ip[=:]?|address|connection from|host)\s*\[?((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})\]?/i;
const bracketIp = /\[((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})\]/i;
const groupPhrase = /The group ([^\s,;]+(?: [^\s,;]+){0,5}?) only accepts/i;
const tenantDomain = /\b([a-z0-9][a-z0-9-]{0,62})\.onmicrosoft\.com\b/i;

/** Known blocklists: a pattern to recognise the name and the page where its operator takes requests. */
const blocklists: { name: string; pattern: RegExp; url: string }[] = [
  { name: "Microsoft Blocklist", pattern: /Blocklist ?\d|FBLW15/i, url: "https://sender.office.com/" },
  { name: "Spamhaus", pattern: /spamhaus/i, url: "https://check.spamhaus.org/" },
  { name: "Barracuda Reputation Block List", pattern: /barracuda/i, url: "https://www.barracudacentral.org/lookups" },
  { name: "SpamCop", pattern: /spamcop/i, url: "https://www.spamcop.net/bl.shtml" },
  { name: "Proofpoint", pattern: /proofpoint/i, url: "https://ipcheck.proofpoint.com/" },
  { name: "Trend Micro Email Reputation", pattern: /Trend Micro|mail-abuse/i, url: "https://servicecentral.trendmicro.com/en-US/ers/ip-lookup/" },
  { name: "SORBS", pattern: /sorbs/i, url: "https://www.sorbs.net/" },
  { name: "Abusix / CBL", pattern: /abuseat|\bcbl\b/i, url: "https://check.spamhaus.org/" },
  { name: "UCEPROTECT", pattern: /uceprotect/i, url: "https://www.uceprotect.net/en/rblcheck.php" },
  { name: "Cloudmark", pattern: /cloudmark/i, url: "https://csi.cloudmark.com/en/reset/" },
  { name: "Talos (Cisco)", pattern: /poor reputation|senderbase|talos/i, url: "https://talosintelligence.com/reputation_center" },
];

const listZone = /(?:blocked using|black ?list at|listed (?:at|in|on))\s+([a-z0-9.-]+\.[a-z]{2,})/i;

function domainOf(addr: string | undefined): string | undefined {
  const at = addr?.lastIndexOf("@") ?? -1;
  return at > 0 ? addr!.slice(at + 1).toLowerCase() : undefined;
}

function firstAddress(text: string | undefined): string | undefined {
  return text ? address.exec(text)?.[0] : undefined;
}

/** The blocklist named in the reply and the page to ask for removal, if any. */
export function findBlocklist(text: string): { name: string; url: string } | undefined {
  for (const list of blocklists) if (list.pattern.test(text)) return { name: list.name, url: list.url };
  const zone = listZone.exec(text)?.[1];
  return zone ? { name: zone, url: "https://mxtoolbox.com/blacklists.aspx" } : undefined;
}

export interface NameContext {
  names: ExtractedNames;
  /** removal page of the named blocklist */
  blocklistUrl?: string;
}

export function extractNames(report: DeliveryReport, facts: RecipientFacts, isGroup: boolean): NameContext {
  const reply = facts.diagnostic ?? "";
  const body = report.message?.text ?? "";
  const recipient = facts.address || undefined;
  const sender = firstAddress(report.original?.from) ?? report.message?.to?.map(firstAddress).find(Boolean);

  const groups: string[] = [];
  const named = groupPhrase.exec(body)?.[1] ?? groupPhrase.exec(reply)?.[1];
  if (named) groups.push(named);
  if (isGroup && recipient && !groups.includes(recipient)) groups.push(recipient);

  const ipMatch = clientIp.exec(reply) ?? bracketIp.exec(reply);
  const blockedIp = ipMatch?.[1] ?? (/(?:blocked|listed|banned|reputation)/i.test(reply) ? ipv4.exec(reply)?.[0] : undefined);
  const blocklist = findBlocklist(reply);

  const tenant =
    tenantDomain.exec(report.original?.from ?? "")?.[1] ??
    tenantDomain.exec(report.message?.from ?? "")?.[1] ??
    tenantDomain.exec(body)?.[1];

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
