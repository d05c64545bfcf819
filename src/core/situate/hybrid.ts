/**
 * On-premises hops: the message went through our own Exchange servers (internal host names,
 * Exchange 15.x builds outside Microsoft's cloud) before Exchange Online saw it. When Exchange Online
 * then refuses an inside sender as unauthenticated, the hybrid connectors lost the sender's
 * authentication (seed S12).
 */
import type { DeliveryReport, Hop } from "../types.js";
import { belongsToAny } from "./domains.js";

const cloudHost = /(?:\.outlook\.com|\.office365\.com|\.microsoft\.com|\.exchangelabs\.com|\.outlook\.office\.com)$/i;
const internalHost = /\.(?:local|lan|internal|corp|intra|localdomain|home\.arpa)$|\.(?:corp|ad|intra|int)\./i;
const exchangeBuild = /\bid 15\.[0-9]{1,2}\.[0-9]{1,4}\./;

function hostsOf(hop: Hop): string[] {
  return [hop.from, hop.by].filter((h): h is string => Boolean(h && h.includes(".")));
}

/**
 * Our on-premises hosts on the path into Exchange Online, in order; empty when the message did not
 * come from on-premises Exchange into the cloud.
 */
export function onPremisesHops(report: DeliveryReport, ourDomains: readonly string[]): string[] {
  const hops = report.hops ?? [];
  const hosts = hops.flatMap(hostsOf);
  const reachedCloud = hosts.some((h) => /\.protection\.outlook\.com$|\.prod\.outlook\.com$/i.test(h));
  if (!reachedCloud) return [];
  const onPremises = new Set<string>();
  for (const hop of hops) {
    const exchange = /^(?:mapi|Microsoft)/i.test(hop.with ?? "");
    for (const host of hostsOf(hop)) {
      if (cloudHost.test(host)) continue;
      if (internalHost.test(host) || (exchange && belongsToAny(host, ourDomains))) onPremises.add(host);
    }
  }
  // The original's Received lines name on-premises Exchange builds (15.0–15.2) with internal hosts.
  const headers = (report.message?.parts ?? [])
    .filter((p) => p.contentType === "text/rfc822-headers" || p.contentType === "message/rfc822")
    .map((p) => p.text ?? "")
    .join("\n");
  for (const line of headers.split(/\n(?=Received:)/i)) {
    if (!/^Received:/i.test(line) || !exchangeBuild.test(line)) continue;
    const by = /\bby\s+([A-Za-z0-9.-]+)/i.exec(line)?.[1];
    if (by && !cloudHost.test(by) && (internalHost.test(by) || belongsToAny(by, ourDomains))) onPremises.add(by);
  }
  return [...onPremises];
}
