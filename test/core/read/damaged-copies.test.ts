/**
 * Copies of a message damaged on their way through archives and help-desk tools: the reader still finds
 * its parts, and drops what a cut took half of.
 */
import { describe, expect, it } from "vitest";
import { readMessage } from "../../../src/core/read/index.js";
import type { ParsedMessage } from "../../../src/core/types.js";

const REPORT_PARTS = [
  "--B-1",
  "Content-Type: text/plain",
  "",
  "Delivery failed.",
  "",
  "--B-1",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns; mx.example.net",
  "",
  "Final-Recipient: rfc822; a@example.org",
  "Action: failed",
  "Status: 5.1.1",
  "",
  "--B-1--",
  "",
];

async function read(lines: string[], lineEnd = "\n"): Promise<ParsedMessage> {
  return readMessage({ kind: "bytes", data: new TextEncoder().encode(lines.join(lineEnd)) });
}

function partTypes(message: ParsedMessage): string[] {
  return message.parts.map((p) => p.contentType);
}

describe("the boundary the body uses", () => {
  for (const [what, contentType] of [
    ["named in another case", 'Content-Type: multipart/report; boundary="b-1"'],
    ["in single quotes", "Content-Type: multipart/report; boundary='B-1'"],
    ["with a blank inside the quotes", 'Content-Type: multipart/report; boundary="B-1 "'],
    ["not named", "Content-Type: multipart/report; report-type=delivery-status"],
  ]) {
    it(`is used when the header's is ${what}`, async () => {
      const message = await read(["From: m@example.net", "Subject: x", contentType!, "", ...REPORT_PARTS]);
      expect(partTypes(message)).toEqual(["message/delivery-status"]);
      expect(message.text).toContain("Delivery failed.");
    });
  }

  it("is used when the header's folded line lost its leading blank", async () => {
    const header = ["From: m@example.net", "Subject: x", "Content-Type: multipart/report;", 'boundary="B-1"'];
    expect(partTypes(await read([...header, "", ...REPORT_PARTS], "\r\n"))).toEqual(["message/delivery-status"]);
  });

  it("makes a body that lost its MIME header fields multipart again, keeping a note before the parts", async () => {
    const header = ["From: m@example.net", "Subject: x"];
    const message = await read([...header, "", "Note from the help desk.", "", ...REPORT_PARTS]);
    expect(partTypes(message)).toEqual(["message/delivery-status"]);
    expect(message.text).toContain("Note from the help desk.");
  });

  it("is found in a body that lost its MIME header fields and was then encoded whole", async () => {
    const body = Buffer.from(REPORT_PARTS.join("\n")).toString("base64");
    const header = ["From: m@example.net", "Subject: x", "Content-Transfer-Encoding: base64"];
    expect(partTypes(await read([...header, "", body, ""]))).toEqual(["message/delivery-status"]);
  });

  it("is not taken from a message inside the body that declares it (an inline returned copy)", async () => {
    const header = ["From: m@example.net", "Subject: x"];
    const copy = ["Returned message:", "", "From: s@example.com", 'Content-Type: multipart/mixed; boundary="B-1"', ""];
    const message = await read([...header, "", ...copy, ...REPORT_PARTS]);
    expect(message.parts).toEqual([]);
    expect(message.text).toContain("Final-Recipient: rfc822; a@example.org");
  });
});

describe("a cut copy", () => {
  const cut = ["From: m@example.net", "Subject: x", 'Content-Type: multipart/report; boundary="B-1"', ""];

  it("drops the line the cut went through, from the part it ends in", async () => {
    const message = await read([...cut, ...REPORT_PARTS.slice(0, 11), "Final-Recipient: rfc822; b@example.o"]);
    expect(message.parts[0]!.text).toContain("a@example.org");
    expect(message.parts[0]!.text).not.toContain("b@example.o");
  });

  it("keeps a last line that has its line end", async () => {
    const message = await read([...cut, ...REPORT_PARTS.slice(0, 11), "Final-Recipient: rfc822; b@example.org", ""]);
    expect(message.parts[0]!.text).toContain("b@example.org");
  });
});

describe("line ends", () => {
  it("reads a file converted to CRLF twice (CR CR LF) as CRLF", async () => {
    const message = await read(
      ["From: m@example.net", "Subject: x", "To: s@example.com", "", "Hello", "World", ""],
      "\r\r\n",
    );
    expect(message.subject).toBe("x");
    expect(message.to).toEqual(["s@example.com"]);
    expect(message.text).toContain("Hello\nWorld");
  });
});
