/**
 * Where a failed recipient and its status may come from, tested on every message of the engine fixture set
 * (test/fixtures/engine) by adding text that names other addresses in places that are not recipient
 * positions; who is reported, and how, must not change:
 *  - help text (a help desk, the postmaster, an abuse desk, a contact block, a signature): at the top of the body, and
 *    after the first paragraph that holds an address (among the recipients, where an MTA prints it);
 *  - a returned copy of the message (behind an MTA's copy marker, with its own header block) whose text
 *    talks like a bounce: a coded recipient line, an Exchange and a Microsoft 365 layout, DSN fields, a
 *    Gmail sentence. A bounce's copy is evidence of what was sent, never of what failed. The one answer
 *    it may change is a recipient read from the returned original itself (the appended copy is a second
 *    original, with a Cc): that one may be lost, never replaced.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import { engineFixtureFiles } from "../../support/engine-fixtures.js";

const HELP = [
  "Need help? Visit https://help.example.com or e-mail support@helpdesk.example.com (Mon-Fri).",
  "Contact: <mailto:contact@helpdesk.example.com>",
  "Postmaster: postmaster@helpdesk.example.com",
  "Abuse reports to abuse@helpdesk.example.com please.",
  "",
  "Example Corp | 1 Example Street | info@helpdesk.example.com",
  "helpdesk@helpdesk.example.com",
  "Tel. 555 0100, Fax 555 0101, E-Mail: mail@helpdesk.example.com",
  "",
  "If you need help, please contact",
  "    support@helpdesk.example.com",
  "or write to <postmaster@helpdesk.example.com>. Questions: questions@helpdesk.example.com",
  "You may also forward the message to abuse@helpdesk.example.com.",
  "--",
  "Example Mail Team",
  "team@helpdesk.example.com",
];

/** A step that succeeded on the way, and a version number: neither is a recipient's outcome. */
const SUCCESS_STEP = [
  "Your message was accepted by relay.example.com (250 2.0.0 Ok: queued as 4F2A1) at 09:00.",
  "Mailer: ExampleMTA 2.0.0",
];

const COPY = [
  "------ This is a copy of the message, including all the headers. ------",
  "",
  "Return-path: <someone@example.com>",
  "From: someone@example.com",
  "To: copyto@copy.example.org",
  "Cc: copycc@copy.example.org",
  "Subject: FW: Undeliverable",
  "",
  "Hi, this came back:",
  "",
  "<copyfail@copy.example.org>: host mx.copy.example.org[192.0.2.200] said: 550 5.1.1",
  "    <copyfail@copy.example.org>: Recipient address rejected: User unknown",
  "",
  "Delivery has failed to these recipients or groups:",
  "",
  "copyexch@copy.example.org",
  "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
  "",
  "Your message to copyexo@copy.example.org couldn't be delivered.",
  "Status code: 550 5.1.10",
  "",
  "Final-Recipient: rfc822; copydsn@copy.example.org",
  "Action: failed",
  "Status: 5.1.1",
  "",
  "Unknown user: copyimail@copy.example.org",
  "Your message wasn't delivered to copygmail@copy.example.org because the address couldn't be found.",
  "The response was:",
  "550 5.1.1 no such user",
];

interface Fixture {
  name: string;
  text: string;
  nl: string;
}

function fixtures(): Fixture[] {
  return engineFixtureFiles().map((file) => {
    const text = readFileSync(file.eml, "latin1");
    return { name: `${file.cls}/${file.name}.eml`, text, nl: text.includes("\r\n") ? "\r\n" : "\n" };
  });
}

/** Plain text a paragraph can be added to as it is: not base64, not HTML. */
function plainText(header: string): boolean {
  return !/^content-transfer-encoding:\s*base64/im.test(header) && !/^content-type:\s*text\/html/im.test(header);
}

/** The first text/plain body: [where it starts, where it ends], or undefined when it cannot take a paragraph. */
function plainBody({ text, nl }: Fixture): [number, number] | undefined {
  const headerEnd = text.indexOf(nl + nl);
  if (headerEnd < 0) return undefined;
  const header = text.slice(0, headerEnd);
  if (!/^content-type:\s*multipart/im.test(header))
    return plainText(header) ? [headerEnd + 2 * nl.length, text.length] : undefined;
  const part = /content-type:\s*text\/plain[^\n]*\n(?:[^\n]+\n)*?\r?\n/i.exec(text.slice(headerEnd));
  if (!part || !plainText(part[0])) return undefined;
  const start = headerEnd + part.index + part[0].length;
  const boundary = nextBoundary(text, start, nl);
  return [start, boundary < 0 ? text.length : boundary + nl.length];
}

/**
 * Where the part that starts at `start` ends: the next line that is one of the message's MIME boundaries,
 * not any line opening with "--" (MDaemon's "--- Session Transcript ---" is the part's own text).
 */
function nextBoundary(text: string, start: number, nl: string): number {
  const boundaries = [...text.matchAll(/boundary="?([^";\r\n]+)"?/gi)].map((m) => `${nl}--${m[1]!.trim()}`);
  const found = boundaries.map((b) => text.indexOf(b, start)).filter((at) => at >= 0);
  return found.length > 0 ? Math.min(...found) : text.indexOf(`${nl}--`, start);
}

function insert(text: string, at: number, lines: string[], nl: string): string {
  return text.slice(0, at) + lines.join(nl) + nl + nl + text.slice(at);
}

async function reported(text: string, name: string, withoutFormat?: string): Promise<string[]> {
  const explanation = await explainBounce({ kind: "bytes", data: new Uint8Array(Buffer.from(text, "latin1")), name });
  return [
    explanation.report.kind,
    ...explanation.recipients
      .filter((r) => r.facts.format !== withoutFormat)
      .map((r) => `${r.facts.address || `[${r.facts.displayName ?? ""}]`} ${r.facts.action} ${r.facts.status ?? "-"}`),
  ];
}

interface Variant {
  name: string;
  original: string;
  changed: string;
}

function helpVariants(): Variant[] {
  const found: Variant[] = [];
  for (const f of fixtures()) {
    const body = plainBody(f);
    if (!body) continue;
    found.push({ name: `${f.name} (top)`, original: f.text, changed: insert(f.text, body[0], HELP, f.nl) });
    // after the first paragraph, from the body's start on, that holds an address
    const at = f.text.indexOf("@", body[0]);
    const blank = at < 0 ? -1 : f.text.indexOf(f.nl + f.nl, at);
    if (blank < 0 || blank >= body[1]) continue;
    const inside = blank + 2 * f.nl.length;
    found.push({ name: `${f.name} (after an address)`, original: f.text, changed: insert(f.text, inside, HELP, f.nl) });
  }
  return found;
}

function successStepVariants(): Variant[] {
  const found: Variant[] = [];
  for (const f of fixtures()) {
    const body = plainBody(f);
    if (body) found.push({ name: f.name, original: f.text, changed: insert(f.text, body[0], SUCCESS_STEP, f.nl) });
  }
  return found;
}

function copyVariants(): Variant[] {
  const found: Variant[] = [];
  for (const f of fixtures()) {
    // in a forward the copied header block reads as the message forwarded: another question
    if (/^subject:\s*(?:fw|fwd)\s*:/im.test(f.text.slice(0, f.text.indexOf(f.nl + f.nl)))) continue;
    const body = plainBody(f);
    if (!body) continue;
    const changed = insert(f.text, body[1], ["", ...COPY], f.nl);
    found.push({ name: f.name, original: f.text, changed });
  }
  return found;
}

describe("help text in a message changes none of its recipients", () => {
  const all = helpVariants();
  it("has a variant of most fixtures", () => expect(all.length).toBeGreaterThan(250));
  for (const v of all) {
    it(v.name, async () => expect(await reported(v.changed, v.name)).toEqual(await reported(v.original, v.name)));
  }
});

describe("a returned copy that talks like a bounce changes none of its recipients", () => {
  const all = copyVariants();
  it("has a variant of most fixtures", () => expect(all.length).toBeGreaterThan(200));
  for (const v of all) {
    it(v.name, async () => {
      const changed = await reported(v.changed, v.name);
      const original = await reported(v.original, v.name);
      // the recipient read from the returned original may be lost, nothing else may change
      const withoutReturned = await reported(v.original, v.name, "returned-original");
      expect([original, withoutReturned]).toContainEqual(changed);
    });
  }
});

describe("a success step in the text changes no recipient's outcome or status", () => {
  const all = successStepVariants();
  it("has a variant of most fixtures", () => expect(all.length).toBeGreaterThan(250));
  for (const v of all) {
    it(v.name, async () => expect(await reported(v.changed, v.name)).toEqual(await reported(v.original, v.name)));
  }
});
