/**
 * Lotus Notes / Domino delivery failure reports (R4 to Domino 9, IBM's Domino administration help):
 * "Your document: <subject>" / "was not delivered to: <who>" / "because: <reason>", the values on the
 * label's line or on the lines below it; German "wurde nicht zugestellt an:" / "Grund:". Within a Notes
 * network <who> is a Notes name ("Jane Roe/Sales/Example@EXAMPLE-EU"), not an address: it is reported
 * by that name. Reports naming only addresses are left to the generic MTA reader, which reads them.
 */
import type { RecipientFacts } from "../../types.js";
import { makeFacts } from "../facts.js";
import { cleanAddress, isAddress } from "../smtp-reply.js";
import type { FormatDecoder } from "./types.js";

const RECIPIENT_LABELS = ["was not delivered to:", "wurde nicht zugestellt an:"];
const REASON_LABELS = ["because:", "grund:"];
const REASON_LABEL_LINE = /^[ \t]*(?:because|grund):/m;

/** The value after one of the labels opening the line (its own line's rest, maybe ""), or undefined. */
function afterLabel(line: string, labels: readonly string[]): string | undefined {
  const t = line.trimStart();
  const lower = t.toLowerCase();
  const label = labels.find((l) => lower.startsWith(l));
  return label === undefined ? undefined : t.slice(label.length);
}

/** More entries or longer ones than a report lists are not its recipient list. */
const MAX_ENTRIES = 50;
const MAX_ENTRY_CHARS = 200;
/** How far below the recipients the "because:" label may stand (other text may come between). */
const BECAUSE_WITHIN_LINES = 40;

/** The paragraph beside and under a label: its value on the label's line, then lines up to a blank one. */
function paragraphAfter(lines: string[], start: number, first: string): [string[], number] {
  const values = first.trim() ? [first.trim()] : [];
  let i = start + 1;
  for (; i < lines.length && values.length <= MAX_ENTRIES; i++) {
    const line = lines[i]!.trim();
    if (line === "") {
      if (values.length > 0) break;
      continue;
    }
    values.push(line);
  }
  return [values, i];
}

function decodeDomino(text: string): RecipientFacts[] {
  const lines = text.split("\n");
  const recipients: RecipientFacts[] = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = afterLabel(lines[i]!, RECIPIENT_LABELS);
    if (heading === undefined) continue;
    const [who, next] = paragraphAfter(lines, i, heading);
    if (who.length === 0 || who.length > MAX_ENTRIES || who.some((entry) => entry.length > MAX_ENTRY_CHARS)) continue;
    // a person's sentence ("it was not delivered to: …") has no "because:" label below it
    let at = next;
    let because: string | undefined;
    for (; at < lines.length && at - next < BECAUSE_WITHIN_LINES; at++) {
      because = afterLabel(lines[at]!, REASON_LABELS);
      if (because !== undefined) break;
    }
    if (because === undefined) continue;
    const [reason, end] = paragraphAfter(lines, at, because);
    for (const entry of who) {
      const address = cleanAddress(entry);
      const named = isAddress(address) ? { address } : { address: "", displayName: entry };
      recipients.push(makeFacts({ ...named, diagnostic: reason.join("\n") }, "domino"));
    }
    i = end - 1;
  }
  return recipients;
}

export const domino: FormatDecoder = {
  name: "domino",
  source: "body",
  detect: (ctx) =>
    (ctx.lower.includes("was not delivered to:") || ctx.lower.includes("wurde nicht zugestellt an:")) &&
    REASON_LABEL_LINE.test(ctx.lower),
  decode(ctx) {
    const recipients = decodeDomino(ctx.ownText);
    // only a report naming someone by a Notes name needs this reader
    return recipients.some((r) => !r.address) ? { recipients } : undefined;
  },
};
