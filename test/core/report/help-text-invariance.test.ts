/**
 * A bounce's help text names addresses that are not failed recipients: a help desk, the postmaster, an
 * abuse desk, a signature. Adding such a paragraph to any bounce of the engine fixture set
 * (test/fixtures/engine) must not change who it reports: the paragraph goes at the top of the body, and
 * after the first paragraph that holds an address (among the recipients, where an MTA would print it).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";

const ROOT = join(__dirname, "../../fixtures/engine");

const HELP = [
  "If you need help, please contact",
  "    support@helpdesk.example.com",
  "or write to <postmaster@helpdesk.example.com>. Questions: questions@helpdesk.example.com",
  "You may also forward the message to abuse@helpdesk.example.com.",
  "--",
  "Example Mail Team",
  "team@helpdesk.example.com",
];

interface Variant {
  name: string;
  original: string;
  withHelp: string;
}

/** Plain text a paragraph can be added to as it is: not base64, not HTML. */
function plainText(header: string): boolean {
  return !/^content-transfer-encoding:\s*base64/im.test(header) && !/^content-type:\s*text\/html/im.test(header);
}

/** Where the body begins: after the header block, or after the first text/plain part's headers; -1 when it cannot take a paragraph. */
function bodyStart(text: string, nl: string): number {
  const headerEnd = text.indexOf(nl + nl);
  if (headerEnd < 0) return -1;
  const header = text.slice(0, headerEnd);
  if (!/^content-type:\s*multipart/im.test(header)) return plainText(header) ? headerEnd + 2 * nl.length : -1;
  const part = /content-type:\s*text\/plain[^\n]*\n(?:[^\n]+\n)*?\r?\n/i.exec(text.slice(headerEnd));
  return part && plainText(part[0]) ? headerEnd + part.index + part[0].length : -1;
}

/** After the first paragraph, from the body's start on, that holds an address. */
function afterAddressParagraph(text: string, from: number, nl: string): number {
  const at = text.indexOf("@", from);
  if (at < 0) return -1;
  const blank = text.indexOf(nl + nl, at);
  return blank < 0 ? -1 : blank + nl.length;
}

function variants(): Variant[] {
  const found: Variant[] = [];
  for (const cls of readdirSync(ROOT, { withFileTypes: true })) {
    if (!cls.isDirectory()) continue;
    for (const file of readdirSync(join(ROOT, cls.name)).sort()) {
      if (!file.endsWith(".eml")) continue;
      const original = readFileSync(join(ROOT, cls.name, file), "latin1");
      const nl = original.includes("\r\n") ? "\r\n" : "\n";
      const paragraph = HELP.join(nl) + nl + nl;
      const start = bodyStart(original, nl);
      if (start < 0) continue;
      const top = original.slice(0, start) + paragraph + original.slice(start);
      found.push({ name: `${cls.name}/${file} (top)`, original, withHelp: top });
      const inside = afterAddressParagraph(original, start, nl);
      if (inside < 0) continue;
      const middle = original.slice(0, inside) + nl + paragraph + original.slice(inside);
      found.push({ name: `${cls.name}/${file} (after the first address)`, original, withHelp: middle });
    }
  }
  return found;
}

async function reported(text: string, name: string): Promise<string[]> {
  const explanation = await explainBounce({ kind: "bytes", data: new Uint8Array(Buffer.from(text, "latin1")), name });
  return [
    explanation.report.kind,
    ...explanation.recipients.map(
      (r) => `${r.facts.address || `[${r.facts.displayName ?? ""}]`} ${r.facts.action} ${r.facts.status ?? "-"}`,
    ),
  ];
}

describe("help text in a bounce changes none of its recipients", () => {
  const all = variants();

  it("has a variant of most fixtures", () => {
    expect(all.length).toBeGreaterThan(250);
  });

  for (const v of all) {
    it(v.name, async () => {
      expect(await reported(v.withHelp, v.name)).toEqual(await reported(v.original, v.name));
    });
  }
});
