/**
 * Joining what the report part says with what the human text says, per recipient: the
 * report part wins, blanks are filled from the text, and values that differ are kept in
 * `disagreements` (never silently merged). Recipients are matched by address only.
 */
import type { RecipientFacts } from "../types.js";
import { packedMap } from "../packed-map.js";

type Compared = "status" | "replyCode" | "diagnostic" | "remoteMta";
const COMPARED: Compared[] = ["status", "replyCode", "diagnostic", "remoteMta"];

function isMailbox(value: string): boolean {
  const at = value.lastIndexOf("@");
  return at > 0 && at < value.length - 1 && !/[\s:;/]/.test(value);
}

/**
 * A Final-Recipient that is no mailbox still names one: its local part ("/var/mail/bob", "n2.bob" for
 * bob%example.org@relay) or its host ("@mx.example.org" for bob@example.org). An address of the text
 * that it does not name (a help desk's, a colleague's) is another address.
 */
function namesMailbox(value: string, address: string): boolean {
  const lower = value.toLowerCase();
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at).toLowerCase().split(/[%+]/)[0]!;
  const domain = address.slice(at + 1).toLowerCase();
  return (local !== "" && lower.includes(local)) || lower.includes(domain);
}

function normalised(field: Compared, value: string): string {
  if (field !== "diagnostic") return value.trim().toLowerCase();
  // most replies are one line with single spaces: skip the rewrite then (any other white space, or two in a row, needs it)
  return (/[^\S ]| {2}/.test(value) ? value.replace(/\s+/g, " ") : value).trim().toLowerCase();
}

export function mergeRecipients(trusted: RecipientFacts[], body: RecipientFacts[]): RecipientFacts[] {
  const byAddress = new Map<string, RecipientFacts>();
  for (const facts of body) byAddress.set(facts.address.toLowerCase(), facts);
  const onlyOneEach = trusted.length === 1 && body.length === 1;
  return packedMap(trusted, (facts) => {
    const other = byAddress.get(facts.address.toLowerCase()) ?? (onlyOneEach ? body[0] : undefined);
    if (!other) return facts;
    const merged: RecipientFacts = { ...facts };
    // a Final-Recipient that is no mailbox (a spool path, a bare source route) yields to the text's address
    // when that address is the mailbox it names (same local part), not some other address of the text; the
    // path is no address the sender wrote, so it is not kept as the original address either
    if (
      onlyOneEach &&
      !isMailbox(facts.address) &&
      isMailbox(other.address) &&
      namesMailbox(facts.address, other.address)
    ) {
      merged.address = other.address;
    }
    const disagreements: NonNullable<RecipientFacts["disagreements"]> = {
      ...(facts.disagreements ?? {}),
      format: other.format,
    };
    let disagreed = false;
    for (const field of COMPARED) {
      const mine = merged[field];
      const theirs = other[field];
      if (!theirs) continue;
      if (!mine) {
        merged[field] = theirs;
        continue;
      }
      // each side normalised once: a report to hundreds of recipients compares hundreds of replies
      const mineNormal = normalised(field, mine);
      const theirsNormal = normalised(field, theirs);
      if (mineNormal === theirsNormal) continue;
      // a generic x.0.0 from the report part says less than the specific code in the text
      if (field === "status" && /\.0\.0$/.test(mine) && !/\.0\.0$/.test(theirs) && mine[0] === theirs[0]) {
        merged.status = theirs;
        if (disagreements.status === undefined) {
          disagreements.status = mine;
          disagreements.format = facts.format;
          disagreed = true;
        }
        continue;
      }
      // a reply text that merely contains the other (Exchange wraps, Postfix adds the host) is not a disagreement
      if (field === "diagnostic" && (mineNormal.includes(theirsNormal) || theirsNormal.includes(mineNormal))) continue;
      if (disagreements[field] === undefined) {
        disagreements[field] = theirs;
        disagreed = true;
      }
    }
    if (disagreed) merged.disagreements = disagreements;
    else if (facts.disagreements) merged.disagreements = facts.disagreements;
    return merged;
  });
}
