/**
 * List entries that name their recipient by display name and address: "Petra Holm
 * (petra@example.org): 550 5.1.1 …" and "Petra Holm (petra@example.org) User unknown" (RFC 822's
 * comment form, kept by older gateways and PC mail servers), "* Petra Holm <petra@example.org> -
 * utilisateur inconnu", "1) Petra Holm (petra@example.org): Mailbox quota exceeded". The entry counts
 * only when its reason states a failure ("Kari Nordmann (kari@example.com) wrote:" is a quote's
 * attribution, "Sales (sales@example.com) - Mon to Fri" a signature), and where a list stands: with a
 * reply code, or under a heading about failed recipients or another such entry. Help text writes its
 * desks the same way ("Help Desk (help@…) - questions about rejected mail").
 */
import { reasonStatesFailure } from "./failure-reason.js";
import { statesAnyFailure } from "./prose.js";
import { cleanAddress, isAddress, replyCodeInText, statusInText } from "./smtp-reply.js";

/** How far into its line (after a bullet or number) the address's bracket may open. */
const NAME_MAX = 60;

/** "*", "-", "•" bullets and "1.", "2)", "(3)" numbers before an entry. */
const ENTRY_MARK = /^(?:[*•-]\s*|\(?\d{1,2}[.)]\s+)/;

/**
 * A display name's words: each opens with a capital or a letter outside ASCII (or a quote), so that
 * a sentence ("Please contact the desk (help@…) if this error persists") is no name; name particles
 * ("van", "de", "af"…) may be lower case.
 */
const NAME_WORD = /^["']?(?:[A-Z\u00C0-\uFFFF]|(?:van|von|der|den|de|da|di|du|del|dos|la|le|af|al|bin|ter)$)/;
const NAME_CHARS = /^["'A-Za-z\u00C0-\uFFFF][^\d:@<>()[\]]*$/;

function isDisplayName(name: string): boolean {
  if (!NAME_CHARS.test(name)) return false;
  const words = name.split(/\s+/);
  return words.length <= 5 && words.every((word) => NAME_WORD.test(word));
}

/**
 * The reason after the bracket's close: after ":", "...", " - ", or a blank when it opens a phrase of
 * its own ("User unknown", "550 …"); one that goes on in lower case goes on with a sentence ("Kari
 * (kari@…) if the problem persists").
 */
function reasonAfter(rest: string): string | undefined {
  if (rest.startsWith("...")) return rest.slice(3).trim();
  const t = rest.trimStart();
  if (t.startsWith(":")) return t.slice(1).trim();
  if (t.startsWith("- ")) return t.slice(2).trim();
  return t !== rest && !/^[a-z]/.test(t) ? t.trim() : undefined;
}

/** Words of a heading about recipients or addresses, in the languages whose notices we read. */
const RECIPIENT_WORD =
  /recipient|addressee|address|adress|adres|destinat|empf(?:ä|ae)nger|ontvanger|odbiorc|mottag|mottak|modtag|vastaanottaj|címzett|příjemc|alıcı|получател|адресат|宛先|收件人|수신/i;

/** A list's heading: "The following recipients could not be reached:", "Folgende Empfänger …:", not "Contacts:". */
function headsRecipientList(line: string): boolean {
  const t = line.trim();
  return (t.endsWith(":") || t.endsWith("：")) && (statesAnyFailure(t) || RECIPIENT_WORD.test(t));
}

/**
 * A display-name entry whose reason states a failure → [address, reason], when it has a reply code,
 * `above` (the last line with text above it) heads a list of recipients, or `before` (the line right
 * above, "" when blank) is such an entry itself: a list's entries follow each other, and a help text
 * below a list, after a blank line, is no more of it.
 */
export function namedListEntry(line: string, above: string, before: string): [string, string] | undefined {
  const entry = entryOf(line);
  if (!entry) return undefined;
  const coded = replyCodeInText(entry[1]) !== undefined || statusInText(entry[1]) !== undefined;
  return coded || headsRecipientList(above) || entryOf(before) !== undefined ? entry : undefined;
}

function entryOf(line: string): [string, string] | undefined {
  let t = line.trimStart();
  const mark = ENTRY_MARK.exec(t);
  if (mark) t = t.slice(mark[0].length);
  const angle = t.indexOf("<");
  const paren = t.indexOf("(");
  const open = angle < 0 ? paren : paren < 0 ? angle : Math.min(angle, paren);
  if (open <= 0 || open > NAME_MAX) return undefined;
  const closeChar = t[open] === "<" ? ">" : ")";
  const close = t.indexOf(closeChar, open);
  if (close < 0) return undefined;
  const address = cleanAddress(t.slice(open + 1, close));
  if (!isAddress(address) || address !== t.slice(open + 1, close).trim()) return undefined;
  if (!isDisplayName(t.slice(0, open).trim())) return undefined;
  const reason = reasonAfter(t.slice(close + 1));
  return reason && reasonStatesFailure(reason) ? [address, reason] : undefined;
}
