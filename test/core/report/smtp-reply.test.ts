// Where an SMTP reply code and an enhanced status may be read from a reply or a line of a bounce (src/core/report/smtp-reply.ts).
import { describe, expect, it } from "vitest";
import { cleanAddress, replyCodeInText, statusInText } from "../../../src/core/report/smtp-reply.js";

describe("cleanAddress", () => {
  it("takes brackets, quotes and trailing punctuation off a recipient field", () => {
    expect(cleanAddress("rfc822; <kari@example.org>")).toBe("kari@example.org");
    expect(cleanAddress("rfc822; 'kari@example.org'.")).toBe("kari@example.org");
  });

  it("keeps the bracket that closes an address literal (RFC 5321 4.1.3)", () => {
    expect(cleanAddress("rfc822; kari@[192.0.2.5]")).toBe("kari@[192.0.2.5]");
    expect(cleanAddress("rfc822; <kari@[192.0.2.5]>")).toBe("kari@[192.0.2.5]");
  });
});

describe("replyCodeInText", () => {
  it("reads the code of a reply wherever the reply puts it", () => {
    expect(replyCodeInText("550 5.1.1 <ola@example.net>: Recipient address rejected")).toBe("550");
    expect(replyCodeInText("550-5.7.1 [192.0.2.7] Our system has detected")).toBe("550");
    expect(replyCodeInText("host mx.example.net[192.0.2.7] said: 552 Mailbox full")).toBe("552");
    expect(replyCodeInText("Remote server replied: '421 Try again later'")).toBe("421");
    expect(replyCodeInText("<<< 554 Transaction failed")).toBe("554");
  });

  it("prefers a failure code to a greeting or a success found first", () => {
    expect(replyCodeInText("220 mx.example.net ESMTP; then 451 4.3.0 Temporary lookup failure")).toBe("451");
  });

  // A help desk's phone number in a bounce's own text is no reply (its shapes as ISPs print them).
  it("reads no code from a phone number", () => {
    expect(replyCodeInText("Questions? Call our help desk on +1 555 0100.")).toBeUndefined();
    expect(replyCodeInText("Support: (555) 123-4567, weekdays")).toBeUndefined();
    expect(replyCodeInText("Telephone 555-0100 or write to us")).toBeUndefined();
    expect(replyCodeInText("Call +47 421 12 345 if this keeps happening")).toBeUndefined();
  });

  it("still reads the reply when a phone number stands beside it", () => {
    expect(replyCodeInText("550 User unknown. Help desk: +1 555 0100")).toBe("550");
  });
});

describe("statusInText", () => {
  it("prefers the status paired with a reply code to a bare one", () => {
    expect(statusInText("5.1.0 - Unknown address error 550 5.1.1 no such user")).toBe("5.1.1");
  });

  it("reads a failure's status, not a step that succeeded before it", () => {
    expect(statusInText("The server responded: 250 2.0.0 OK, then 554 5.7.1 rejected after DATA")).toBe("5.7.1");
    expect(statusInText("<<< 250 2.1.5 Recipient ok\n<<< 452 4.2.2 Mailbox full")).toBe("4.2.2");
  });

  it("still reads a success that is the only outcome", () => {
    expect(statusInText("250 2.0.0 Ok: queued as 4F2A1")).toBe("2.0.0");
    expect(statusInText("RELEASED Mailman 2.0.12")).toBeUndefined();
  });
});
