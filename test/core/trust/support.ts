/**
 * Hand-built reports for the trust unit tests: just the fields assessTrust reads, so each test
 * states the one thing it varies. Shapes follow real bounces (RFC 3464 multipart/report with a
 * message/delivery-status part, From MAILER-DAEMON/postmaster) unless a test says otherwise.
 */
import type { DeliveryReport, HeaderField, MessagePart, ParsedMessage, ReportKind } from "../../../src/core/types.js";

export interface ReportShape {
  from?: string;
  subject?: string;
  text?: string;
  html?: string;
  headers?: Record<string, string> | HeaderField[];
  withReportPart?: boolean;
  kind?: ReportKind;
}

export function makeReport(shape: ReportShape = {}): DeliveryReport {
  const withReportPart = shape.withReportPart ?? true;
  const parts: MessagePart[] = [];
  if (shape.html !== undefined) parts.push({ contentType: "text/html", text: shape.html });
  if (withReportPart) {
    parts.push({
      contentType: "message/delivery-status",
      text: "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; user@example.org\nAction: failed\nStatus: 5.1.1\n",
    });
  }
  const headers: HeaderField[] = Array.isArray(shape.headers)
    ? shape.headers
    : Object.entries(shape.headers ?? {}).map(([name, value]) => ({ name: name.toLowerCase(), value }));
  const message: ParsedMessage = {
    headers,
    subject: shape.subject ?? "Undelivered Mail Returned to Sender",
    from: shape.from ?? "MAILER-DAEMON@mx.example.net (Mail Delivery System)",
    to: ["sender@example.com"],
    contentType: withReportPart ? "multipart/report" : "text/plain",
    text:
      shape.text ??
      "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<user@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n",
    parts,
    source: "mime",
    problems: [],
  };
  const kind = shape.kind ?? (withReportPart ? "failed" : "not-a-report");
  return {
    kind,
    format: withReportPart ? "rfc3464" : "none",
    language: "en",
    recipients:
      kind === "not-a-report"
        ? []
        : [
            {
              address: "user@example.org",
              action: "failed",
              status: "5.1.1",
              replyCode: "550",
              diagnostic: "550 5.1.1 User unknown",
              format: "rfc3464",
            },
          ],
    hops: [],
    message,
    problems: [],
  };
}
