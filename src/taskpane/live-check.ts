/**
 * Where a user can see a DNS record as it is right now: Google Admin Toolbox's Dig page, with the
 * record type and name in the link's fragment (#MX/contoso.com). The pane prints sample MX and SPF
 * values; this lets the reader compare them with the live record. Only ever a link the user opens:
 * the pane itself looks nothing up (its CSP allows no request off its own origin).
 */
import type { Action } from "../core/types.js";

export interface LiveCheck {
  url: string;
  /** what the record is, as people call it: MX, SPF, DMARC or TXT */
  record: string;
  host: string;
}

// A DNS name and nothing else: the name comes from the bounce, which is untrusted text.
const dnsName = /^(?=.{4,253}$)([a-z0-9_](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export function liveCheck(action: Action): LiveCheck | undefined {
  if (action.kind !== "dns-record" || (action.recordType !== "MX" && action.recordType !== "TXT")) return undefined;
  const host = (action.host ?? "").trim().toLowerCase().replace(/\.$/, "");
  if (!dnsName.test(host)) return undefined;
  const value = (action.value ?? "").trim().toLowerCase();
  const record =
    action.recordType === "MX"
      ? "MX"
      : value.startsWith("v=spf1")
        ? "SPF"
        : value.startsWith("v=dmarc1")
          ? "DMARC"
          : "TXT";
  return { url: `https://toolbox.googleapps.com/apps/dig/#${action.recordType}/${host}`, record, host };
}
