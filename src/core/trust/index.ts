import type { DeliveryReport, TrustVerdict } from "../types.js";
/** PLACEHOLDER until the trust work lands. */
export function assessTrust(_report: DeliveryReport): TrustVerdict {
  return { suspicious: false, reasons: [], score: 1 };
}
