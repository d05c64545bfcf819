/**
 * Sisimai-style records (src/core/output/sisimai.ts): one per recipient, index from 1, the
 * `index: 0` line for a non-bounce, Sisimai's conventions for reply codes and withheld
 * complaint recipients, and the diagnosis's reason word when there is one.
 */
import { describe, expect, it } from "vitest";
import { sisimaiRecords, sisimaiRecordsFromReport, UNDISCLOSED_RECIPIENT } from "../../../src/core/output/sisimai.js";
import { readMessage } from "../../../src/core/read/index.js";
import { extractReport } from "../../../src/core/report/index.js";
import type { DeliveryReport, Diagnosis, Explanation } from "../../../src/core/types.js";
import { dsnMessage, postfixTwoRecipients } from "./ndr-fixtures.js";

async function reportOf(text: string): Promise<DeliveryReport> {
  return extractReport(await readMessage({ kind: "text", text }));
}

const diagnosis = (reason: string, confidence = 0.9): Diagnosis => ({
  causeId: "X",
  reason,
  fixOwner: "sender",
  permanent: true,
  confidence,
  names: { groups: [] },
  actions: [],
});

describe("sisimai records", () => {
  it("one record per recipient, in order, with the facts", async () => {
    const records = sisimaiRecordsFromReport("a.eml", await reportOf(postfixTwoRecipients));
    expect(records).toEqual([
      expect.objectContaining({
        file: "a.eml",
        index: 1,
        recipient: "ola@example.org",
        deliverystatus: "5.1.1",
        replycode: "550",
        reason: "userunknown",
        action: "failed",
        smtpagent: "rfc3464",
      }),
      expect.objectContaining({
        file: "a.eml",
        index: 2,
        recipient: "per@example.net",
        deliverystatus: "5.2.2",
        replycode: "552",
        reason: "mailboxfull",
      }),
    ]);
    expect(records[0]!.diagnosticcode).toBe("550 5.1.1 <ola@example.org>: Recipient address rejected: User unknown");
  });

  it("an index 0 line for a message that is not a bounce", async () => {
    expect(sisimaiRecordsFromReport("b.eml", await reportOf("From: a@example.org\nSubject: hi\n\nhello\n"))).toEqual([
      { file: "b.eml", index: 0 },
    ]);
  });

  it("takes the reason from the diagnosis, unless it is the empty placeholder", async () => {
    const report = await reportOf(postfixTwoRecipients);
    expect(
      sisimaiRecordsFromReport("a.eml", report, [diagnosis("filtered"), diagnosis("undefined", 0)]).map(
        (r) => r.reason,
      ),
    ).toEqual(["filtered", "mailboxfull"]);
  });

  it("reads the diagnoses from an Explanation", async () => {
    const report = await reportOf(postfixTwoRecipients);
    const explanation = {
      report,
      trust: { suspicious: false, reasons: [], score: 1 },
      language: "en",
      recipients: report.recipients.map((facts, i) => ({
        facts,
        diagnosis: diagnosis(i === 0 ? "suspend" : "exceedlimit"),
        verdict: "",
        title: "",
        guidance: { sender: [], owner: [], admin: [] },
      })),
    } as Explanation;
    expect(sisimaiRecords("a.eml", explanation).map((r) => r.reason)).toEqual(["suspend", "exceedlimit"]);
  });

  it("leaves out a reply code whose class disagrees with the status, as Sisimai does", async () => {
    const text = dsnMessage({
      human: "x",
      dsn: "Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; ola@example.org\nAction: failed\nStatus: 4.0.0\nDiagnostic-Code: smtp; 554 Blocked",
    });
    const report = await reportOf(text);
    expect(report.recipients[0]!.replyCode).toBe("554");
    expect(sisimaiRecordsFromReport("c.eml", report)[0]).toMatchObject({ deliverystatus: "4.0.0", replycode: "" });
  });

  it("writes Sisimai's placeholder for a complaint whose recipient is withheld", () => {
    const report = {
      kind: "feedback",
      format: "arf",
      language: "en",
      recipients: [],
      hops: [],
      problems: [],
    } as unknown as DeliveryReport;
    expect(sisimaiRecordsFromReport("d.eml", report)).toEqual([
      expect.objectContaining({ index: 1, recipient: UNDISCLOSED_RECIPIENT, reason: "feedback" }),
    ]);
  });
});
