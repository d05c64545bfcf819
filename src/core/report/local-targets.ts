/**
 * A recipient field that names a local delivery target, not an e-mail address: a mailbox file
 * ("/var/mail/jdoe") or a program ("|/usr/bin/procmail -d tickets"), as Sendmail writes Final-Recipient
 * for a delivery to a file or a program. The report's other recipient fields (X-Actual-Recipient,
 * Original-Recipient) and its text's address for the same mailbox are taken first (rfc3464.ts,
 * merge.ts); when none gave one, the recipient is reported by name, never as an address: a spool file
 * by the local user it is named after, anything else as the report writes it.
 */
import type { RecipientFacts } from "../types.js";
import { packedMap } from "../packed-map.js";

/** The system mail spool, whose files are named by their local user. */
const SPOOL_FILE = /^\/(?:var\/spool\/mail|var\/mail|usr\/spool\/mail|usr\/mail)\/([^/\s@]{1,64})$/;

function isLocalTarget(address: string): boolean {
  const target = address.startsWith('"') ? address.slice(1) : address;
  return target.startsWith("/") || target.startsWith("|") || target.startsWith("~/");
}

export function withLocalTargetsNamed(recipients: RecipientFacts[]): RecipientFacts[] {
  if (!recipients.some((r) => isLocalTarget(r.address))) return recipients;
  return packedMap(recipients, (r) => {
    if (!isLocalTarget(r.address)) return r;
    // a field folded across lines keeps its line breaks: the target reads as one line
    const target = r.address.replace(/^"|"$/g, "").replace(/\s+/g, " ");
    return { ...r, address: "", displayName: r.displayName ?? SPOOL_FILE.exec(target)?.[1] ?? target };
  });
}
