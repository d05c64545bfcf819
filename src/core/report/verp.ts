/**
 * VERP (variable envelope return path): a list server or bulk sender sends each recipient's copy from a
 * return path that holds that recipient's address, so that a bounce says whom it is about by the address
 * it comes back to. The documented forms: Mailman's "list-bounces+member=domain@host", Postfix's "+="
 * delimiters on a list's "owner-list" sender, ezmlm's "list-return-<msgnum>-member=domain@host", and
 * "bounce-member=domain@host". The path is read only for a bounce whose own text names no recipient
 * (namesARecipient): one there that the decoders could not place (a forward target) may be the one that failed.
 */
import { scanAddresses } from "../read/address-scan.js";
import type { RecipientFacts } from "../types.js";
import type { DecodeContext } from "./context.js";
import { factsWithBodyReply, isDaemonAddress } from "./formats/mta-text.js";
import { anonymousGroupFacts } from "./formats/rfc3464.js";
import { isAddress } from "./smtp-reply.js";
import { statesAnyFailure } from "./prose.js";
import { addressesInEach, lineAround } from "./text-lines.js";

/** The format named for a recipient read from the return path. */
export const VERP_FORMAT = "verp";

/** The local-part words of a return path that takes bounces: Mailman's, ezmlm's, the owner- convention's. */
const BOUNCE_ROLES: ReadonlySet<string> = new Set(["bounce", "bounces", "return", "owner"]);

/** A domain written after the "=": labels of letters, digits and hyphens, at least one dot. */
const DOMAIN = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10}$/i;

/**
 * "announce-bounces+jdoe=example.com@lists.example.org" -> "jdoe@example.com"; undefined for any other
 * address. An encoded part with ids before the member ("bounces+48213-7f3a-jdoe=…", Mailchimp's
 * "bounce-mc.us5_123.456-jdoe=…": a word with a digit before its last hyphen) has no telling where the
 * member's local part starts, and gives nothing.
 */
export function verpMember(address: string): string | undefined {
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at);
  const equals = local.lastIndexOf("=");
  if (at <= 0 || equals <= 0) return undefined;
  const domain = local.slice(equals + 1);
  if (!DOMAIN.test(domain)) return undefined;
  const head = local.slice(0, equals);
  const plus = head.indexOf("+");
  let member: string | undefined;
  if (plus > 0) {
    // "list-bounces+member", "owner-list+member": the part before the "+" names a bounce role
    if (
      head
        .slice(0, plus)
        .split("-")
        .some((word) => BOUNCE_ROLES.has(word.toLowerCase()))
    )
      member = head.slice(plus + 1);
  } else {
    // "bounce-member", "list-return-4711-member": the first role word, then ezmlm's message number
    const words = head.split("-");
    const role = words.findIndex((word) => BOUNCE_ROLES.has(word.toLowerCase()));
    if (role >= 0) {
      const isReturn = words[role]!.toLowerCase() === "return";
      // ezmlm's "return-<msgnum>-": its warn and probe paths ("return-warn-…") encode more than the member
      if (!isReturn || /^\d+$/.test(words[role + 1] ?? "")) member = words.slice(role + (isReturn ? 2 : 1)).join("-");
    }
  }
  // a word with a digit before the member's last hyphen is an ESP's id, not a person's name part
  if (
    !member ||
    member
      .split("-")
      .slice(0, -1)
      .some((word) => /\d/.test(word))
  )
    return undefined;
  const decoded = `${member}@${domain}`;
  return isAddress(decoded) ? decoded : undefined;
}

/**
 * The failed (or delayed) recipient a VERP return path names, for a bounce delivered to one (To,
 * Delivered-To, X-Original-To) whose own text names no recipient; [] otherwise, or when the paths name
 * more than one member.
 */
export function recipientOfVerpPath(ctx: DecodeContext, action: "failed" | "delayed"): RecipientFacts[] {
  const paths = addressesInEach([
    ...ctx.headers("to"),
    ...ctx.headers("delivered-to"),
    ...ctx.headers("x-original-to"),
  ]);
  const members = new Map<string, string>();
  const verpPaths = new Set<string>();
  for (const path of paths) {
    const member = verpMember(path);
    if (!member) continue;
    members.set(member.toLowerCase(), member);
    verpPaths.add(path.toLowerCase());
  }
  if (members.size !== 1) return [];
  const member = [...members.values()][0]!;
  if (namesARecipient(ctx.ownText, member, verpPaths)) return [];
  // a report part's one group that lost its recipient field is the member's
  const groups = ctx.dsnParts.map((part) => anonymousGroupFacts(part.text ?? "", member, VERP_FORMAT));
  const group = groups.length === 1 ? groups[0] : undefined;
  if (group && (group.action === "failed" || group.action === "delayed")) return [group];
  return factsWithBodyReply([member], ctx.ownText, VERP_FORMAT).map((facts) => {
    // a bare status table ("Action: failed" / "Status: 5.2.2") gives the status its reply may lack
    const status = facts.status ?? STATUS_FIELD_LINE.exec(ctx.ownText)?.[1];
    return status ? { ...facts, action, status } : { ...facts, action };
  });
}

/**
 * Whether the text names an address as a recipient, one the decoders could not place: the member itself or
 * another at its domain (an alias, a forward), or any address on a line that states a failure. Help text
 * ("write to support@…", a signature) names desks, and the VERP path and mail-system desks are no one's.
 */
function namesARecipient(text: string, member: string, verpPaths: Set<string>): boolean {
  const domain = member.slice(member.lastIndexOf("@")).toLowerCase();
  return scanAddresses(text, 50).some((found) => {
    const address = found.address.toLowerCase();
    if (verpPaths.has(address) || isDaemonAddress(address)) return false;
    return address.endsWith(domain) || statesAnyFailure(lineAround(text, found.start));
  });
}

/** "Status: 5.2.2" opening a line, as a status table prints it. */
const STATUS_FIELD_LINE = /^[ \t]*status[ \t]*:[ \t]*([245]\.\d{1,3}\.\d{1,3})\b/im;
