/**
 * The NDR's own Authentication-Results (RFC 8601), as stamped by the server that delivered the
 * NDR to the user — not the original message's results quoted inside it. A bounce's envelope
 * sender is empty, so "none" is normal; only an explicit failure counts against it.
 */
import type { HeaderField } from "../types.js";

export type Mechanism = "spf" | "dkim" | "dmarc" | "compauth";

export interface AuthFailure {
  mechanism: Mechanism;
  result: string;
}

const RESULT = /\b(spf|dkim|dmarc|compauth)\s*=\s*([a-z]+)/gi;

const FAILING: Record<Mechanism, Set<string>> = {
  spf: new Set(["fail", "softfail", "permerror"]),
  dkim: new Set(["fail", "permerror"]),
  dmarc: new Set(["fail"]),
  compauth: new Set(["fail", "softfail"]),
};

/**
 * Failures in the topmost Authentication-Results header that reports anything: the top one was
 * added by the server closest to the user; lower ones may come from hops the sender controls.
 */
export function authFailures(headers: HeaderField[]): AuthFailure[] {
  for (const header of headers) {
    if (header.name !== "authentication-results") continue;
    const found: AuthFailure[] = [];
    let any = false;
    for (const match of header.value.slice(0, 8000).matchAll(RESULT)) {
      any = true;
      const mechanism = match[1].toLowerCase() as Mechanism;
      const result = match[2].toLowerCase();
      if (FAILING[mechanism].has(result) && !found.some((f) => f.mechanism === mechanism)) {
        found.push({ mechanism, result });
      }
    }
    if (any) return found;
  }
  return [];
}

/**
 * How much failed authentication lowers trust. Not enough alone to flag: a real on-premises bounce
 * without DKIM can fail DMARC for its postmaster@ domain; together with any other sign it tips.
 */
export function authWeight(failures: AuthFailure[]): number {
  const has = (m: Mechanism) => failures.some((f) => f.mechanism === m);
  let weight = 0;
  if (has("dmarc") || has("compauth")) weight += 0.4;
  // SPF and DKIM break on ordinary forwarding (a real bounce relayed to another mailbox), so they only add a little.
  if (has("spf")) weight += failures.find((f) => f.mechanism === "spf")?.result === "softfail" ? 0.05 : 0.1;
  if (has("dkim")) weight += 0.1;
  return Math.min(weight, 0.6);
}
