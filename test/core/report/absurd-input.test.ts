/**
 * Bounds on absurd input (src/core/limits.ts), pinned by their shape rather than by time: the
 * fuzz job (test/fuzz/run.ts) found a 320 KB Diagnostic-Code and megabytes of text after the
 * report each costing far over 50 ms, and an inline-forward search that unquoted the rest of
 * the text once per "From:" line. Fixtures are written here in the shape of the Postfix DSN in
 * ndr-fixtures.ts (itself from ndr-catalog §1.1).
 */
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import { MAX_REPLY_CHARS, REPORT_TEXT_SCAN_CHARS } from "../../../src/core/limits.js";
import { readMessage } from "../../../src/core/read/index.js";
import { findInlineForward } from "../../../src/core/read/forward.js";
import { extractReport } from "../../../src/core/report/index.js";
import { dsnMessage, postfixTwoRecipients } from "./ndr-fixtures.js";

const postfixHuman = [
  "This is the mail system at host mx1.example.com.",
  "",
  "I'm sorry to have to inform you that your message could not",
  "be delivered to one or more recipients.",
  "",
  "<ola@example.org>: host mx.example.org[198.51.100.7] said: 550 5.1.1 <ola@example.org>:",
  "    Recipient address rejected: User unknown (in reply to RCPT TO command)",
].join("\n");

describe("a server reply of absurd length", () => {
  const huge = `550 5.1.1 <ola@example.org>: User unknown ${"5.1.1 x ".repeat(40_000)}`;
  const ndr = dsnMessage({
    human: postfixHuman,
    dsn: [
      "Reporting-MTA: dns; mx1.example.com",
      "",
      "Final-Recipient: rfc822; ola@example.org",
      "Action: failed",
      "Status: 5.1.1",
      `Diagnostic-Code: smtp; ${huge}`,
    ].join("\n"),
  });

  it("is kept up to MAX_REPLY_CHARS, marked as cut, with its codes still read", async () => {
    const explanation = await explainBounce({ kind: "text", text: ndr }, { language: "en" });
    const [facts] = explanation.report.recipients;
    expect(huge.length).toBeGreaterThan(30 * MAX_REPLY_CHARS);
    expect(facts!.diagnostic.length).toBeLessThanOrEqual(MAX_REPLY_CHARS);
    expect(facts!.diagnostic.startsWith("550 5.1.1 <ola@example.org>: User unknown")).toBe(true);
    expect(facts!.diagnostic.endsWith("…")).toBe(true);
    expect(facts).toMatchObject({ address: "ola@example.org", status: "5.1.1", replyCode: "550" });
    expect(explanation.recipients[0]!.diagnosis.causeId).toBe("RECIPIENT_UNKNOWN");
  });

  it("leaves an ordinary reply whole", async () => {
    const explanation = await explainBounce({ kind: "text", text: postfixTwoRecipients }, { language: "en" });
    expect(explanation.report.recipients[0]!.diagnostic).toBe(
      "550 5.1.1 <ola@example.org>: Recipient address rejected: User unknown",
    );
  });
});

describe("megabytes of text after the report", () => {
  // a pasted Postfix bounce followed by a quoted original of 1.5 MB, then a Message Hops table past the bound
  const filler = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n".repeat(20_000);
  const hops = [
    "",
    "Message Hops",
    "HOP  TIME (UTC)  FROM  TO  WITH  RELAY TIME",
    "1  3/3/2025  a.example  b.example  SMTP  *",
    "",
  ];
  const text = `${postfixHuman}\n\n${filler}${hops.join("\n")}`;

  it("reads the report from the start of the text and keeps the whole text in the report", async () => {
    const report = extractReport(await readMessage({ kind: "text", text }));
    expect(text.length).toBeGreaterThan(10 * REPORT_TEXT_SCAN_CHARS);
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]).toMatchObject({ address: "ola@example.org", status: "5.1.1", replyCode: "550" });
    expect(report.message.text.length).toBe(text.length);
    // the hop table lies past REPORT_TEXT_SCAN_CHARS: it is quoted text, not searched
    expect(report.hops).toEqual([]);
  });

  it("still reads a hop table inside the bound", async () => {
    const report = extractReport(await readMessage({ kind: "text", text: `${postfixHuman}\n${hops.join("\n")}` }));
    expect(report.hops.length).toBe(1);
  });
});

describe("an inline forward under hundreds of From: lines", () => {
  const block = [
    "From: postmaster@example.org",
    "Sent: Monday, 3 March 2025 10:00",
    "To: ola@example.org",
    "Subject: Undeliverable: Report",
    "",
  ];
  const text = [...Array.from({ length: 300 }, () => "From: someone@example.net"), "", ...block, postfixHuman].join(
    "\n",
  );

  it("finds the quoted block after them, with its text below", () => {
    const found = findInlineForward(text);
    expect(found).toMatchObject({
      from: "postmaster@example.org",
      to: "ola@example.org",
      subject: "Undeliverable: Report",
    });
    expect(found!.body.startsWith("This is the mail system at host mx1.example.com.")).toBe(true);
  });
});
