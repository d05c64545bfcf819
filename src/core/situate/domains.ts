/**
 * Whose is a domain or host: the reader's organisation's, the recipient's, or someone else's.
 * Our organisation's domains come from the host (the pane's config, the CLI's --org-domain), the
 * reader's own address and, failing those, the sender's domain and a tenant hint in the NDR.
 */
import type { SituationContext } from "../types.js";

export function domainOf(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf("@") ?? -1;
  if (!address || at < 0) return undefined;
  const domain = address
    .slice(at + 1)
    .split(/[>\s]/)[0]!
    .toLowerCase();
  return domain.includes(".") ? domain : undefined;
}

/** The host is the domain or one of its sub-domains (mx.fabrikam.com belongs to fabrikam.com). */
export function belongsTo(host: string | undefined, domain: string | undefined): boolean {
  if (!host || !domain) return false;
  const lower = host.toLowerCase();
  const h = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  const d = domain.toLowerCase();
  // h === d, or h ends with "." + d (without building that string: this runs per host and domain)
  return h.endsWith(d) && (h.length === d.length || h.charCodeAt(h.length - d.length - 1) === 0x2e);
}

export function belongsToAny(host: string | undefined, domains: readonly string[]): boolean {
  return domains.some((d) => belongsTo(host, d));
}

/** The name Exchange Online Protection gives a domain's MX host: fabrikam-com.mail.protection.outlook.com. */
export function protectionHostOf(domain: string): string {
  return `${domain.replace(/\./g, "-")}.mail.protection.outlook.com`;
}

/** "<tenant>.onmicrosoft.com" in an address, as the tenant's name. */
export function tenantOf(address: string | undefined): string | undefined {
  const m = /@([a-z0-9-]+)\.onmicrosoft\.com\b/i.exec(address ?? "");
  return m?.[1]?.toLowerCase();
}

/** A tenant name that is a domain's name run together (fabrikamde for fabrikam.de, fabrikam for fabrikam.com). */
export function tenantMatches(tenant: string | undefined, domain: string | undefined): boolean {
  if (!tenant || !domain) return false;
  const joined = domain.replace(/[^a-z0-9]/gi, "").toLowerCase();
  const first = domain
    .split(".")[0]!
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase();
  return tenant === joined || tenant === first || (first.length >= 4 && tenant.startsWith(first));
}

/** Our organisation's domains, lower-case, most trusted first. */
export function ourDomainsOf(
  context: SituationContext | undefined,
  senderAddress: string | undefined,
  reader: "sender" | "helpdesk",
): string[] {
  const domains = new Set<string>();
  for (const d of context?.orgDomains ?? []) if (d.trim()) domains.add(d.trim().toLowerCase().replace(/^@/, ""));
  const own = domainOf(context?.readerAddress);
  if (own) domains.add(own);
  // Without the host's word, the person whose message bounced is one of us (the bounce came to them).
  const sender = domainOf(senderAddress);
  if (domains.size === 0 && reader === "sender" && sender) domains.add(sender);
  return [...domains];
}
