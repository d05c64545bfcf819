/**
 * List entries that name their recipient by display name and address: "Petra Holm
 * (petra@example.org): 550 5.1.1 …" and "Petra Holm (petra@example.org) User unknown" (RFC 822's
 * comment form, kept by older gateways and PC mail servers), "* Petra Holm <petra@example.org> -
 * utilisateur inconnu", "1) Petra Holm (petra@example.org): Mailbox quota exceeded". The entry counts
 * only when its reason states a failure: "Kari Nordmann (kari@example.com) wrote:" is a quote's
 * attribution, "Sales (sales@example.com) - Mon to Fri" a signature.
 */
import { reasonStatesFailure } from "./failure-reason.js";
import { cleanAddress, isAddress } from "./smtp-reply.js";

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

/** A display-name entry whose reason states a failure → [address, reason]; undefined otherwise. */
export function namedListEntry(line: string): [string, string] | undefined {
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
