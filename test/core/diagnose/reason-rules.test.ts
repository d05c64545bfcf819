// The rules that decide Sisimai's reason word (scored on the corpus) beyond the cause itself: which
// SMTP step a refusal answered, provider codes, wrappers around the remote reply. Each fixture is a
// reply line shaped on what the named MTA or provider writes (the shapes recur in the Sisimai
// set-of-emails corpus; addresses and hosts here are our own documentation values).
import { describe, expect, it } from "vitest";
import { diagnose } from "../../../src/core/diagnose/index.js";
import type { DeliveryReport } from "../../../src/core/types.js";
import { factsFor, reportFor } from "./helpers.js";

function reasonOf(
  reply: string,
  opts: Parameters<typeof factsFor>[1] = {},
  body = "",
  extra: Partial<DeliveryReport> = {},
) {
  const facts = factsFor(reply, opts);
  return diagnose(reportFor(facts, body, extra), facts);
}

describe("user unknown: address lookup or recipient-side filter", () => {
  it("a bare 'User unknown' with no code and no SMTP step is counted as a filter's answer", () => {
    expect(reasonOf("550 Unknown user kari.nordmann@example.org", { status: "5.0.0" }).reason).toBe("filtered");
  });

  it("a reply naming the refused address as its subject answers RCPT TO (au/KDDI, Messaging Server)", () => {
    const d = reasonOf("550 <kari.nordmann@example.org>: User unknown", { status: "5.0.0" });
    expect(d.causeId).toBe("RECIPIENT_UNKNOWN");
    expect(d.reason).toBe("userunknown");
  });

  it("the same words with the address left empty are au/KDDI's after-DATA filter, even under a relayed 5.1.x", () => {
    expect(reasonOf("550 : User unknown", { status: "5.0.0" }).reason).toBe("filtered");
    expect(
      reasonOf("550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 : User unknown")
        .reason,
    ).toBe("filtered");
  });

  it("Yahoo's 'delivery error: dd This user doesn't have a … account' is its mailbox lookup, even after DATA", () => {
    const reply =
      "554 delivery error: dd This user doesn't have a yahoo.com account (kari.nordmann@yahoo.example) [0] - mta1061.mail.ne1.yahoo.example";
    expect(
      reasonOf(reply, { status: "5.0.0" }, "... while talking to mta.yahoo.example.:\n>>> DATA\n<<< " + reply).reason,
    ).toBe("userunknown");
  });

  it("X3's 'SMTP:RCPT host …' line names the RCPT step", () => {
    const reply = "553 5.3.0 <kari.nordmann@example.org>... No such user here";
    const body = `Unable to deliver message to the following address(es):\n   * kari.nordmann@example.org\nTechnical details:\nSMTP:RCPT host 192.0.2.8: ${reply}\n`;
    expect(reasonOf(reply, {}, body).reason).toBe("userunknown");
  });

  it("the reporting server's own directory words count as a lookup (IMail, InterScan)", () => {
    expect(reasonOf("Invalid final delivery userid: kari.nordmann@example.org", { status: "5.0.0" }).reason).toBe(
      "userunknown",
    );
    expect(
      reasonOf("Unable to deliver message to <kari.nordmann@example.org>. Please check if address is correct.", {
        status: "5.0.0",
      }).reason,
    ).toBe("userunknown");
  });

  it("Postfix check_recipient_access 'Recipient address rejected: Access denied' is a recipient-side rule, not an unknown user", () => {
    const reply = "554 5.7.1 <kari.nordmann@example.org>: Recipient address rejected: Access denied";
    const body = `The following address(es) failed:\n  kari.nordmann@example.org\n    SMTP error from remote mail server after RCPT TO:<kari.nordmann@example.org>:\n    host mx.example.org [192.0.2.32]: ${reply}`;
    const d = reasonOf(reply, {}, body);
    expect(d.causeId).toBe("RECIPIENT_FILTERED");
    expect(d.reason).toBe("userunknown");
  });

  it("a recipient's own preferences refusing the sender are a filter (Facebook RCP-P2)", () => {
    const d = reasonOf(
      "550 5.1.1 RCP-P2 http://postmaster.facebook.example/response_codes?ip=192.0.2.135#rcp Refused due to recipient preferences",
    );
    expect(d.causeId).toBe("RECIPIENT_FILTERED");
    expect(d.reason).toBe("filtered");
  });

  it("a closed or terminated account is a disabled one, not an unknown cause", () => {
    for (const reply of ["550 Mailbox closed", "The recipient account has been closed.", "553 user terminated"]) {
      expect(reasonOf(reply).causeId, reply).toBe("ACCOUNT_DISABLED_OR_INACTIVE");
    }
  });

  it("a Sieve 'reject' is the recipient's own filter refusing the message (RFC 5429)", () => {
    const d = reasonOf(
      "Your message was automatically rejected by Sieve, a mail filtering language. The following reason was given: I no longer read this address.",
    );
    expect(d.causeId).toBe("RECIPIENT_FILTERED");
    expect(d.reason).toBe("filtered");
    const pigeonhole = reasonOf("Your message to <tove@example.net> was automatically rejected: no attachments here.");
    expect(pigeonhole.causeId).toBe("RECIPIENT_FILTERED");
  });
});

describe("provider codes", () => {
  it("NTT docomo's '550 Unknown user' after DATA is the recipient's settings refusing the sender", () => {
    const reply = "550 Unknown user kari.nordmann@docomo.example.ne.jp";
    const body = `<kari.nordmann@docomo.example.ne.jp>: host mfsmax.docomo.ne.jp[203.0.113.240] said:\n    ${reply} (in reply to end of DATA\n    command)\n`;
    const facts = { address: "kari.nordmann@docomo.example.ne.jp", status: "5.0.0", remoteMta: "mfsmax.docomo.ne.jp" };
    const d = reasonOf(reply, facts, body);
    expect(d.causeId).toBe("RECIPIENT_FILTERED");
    expect(d.reason).toBe("rejected");
    // elsewhere the same words after DATA stay a filter's answer
    expect(reasonOf(reply, { ...facts, remoteMta: "mx.example.ne.jp" }, body).reason).toBe("filtered");
  });

  it("Orange's OFR_506 is its spam filter", () => {
    expect(reasonOf("550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]").reason).toBe("spamdetected");
  });

  it("Cox's AUP#CDRBL is its DNS blocklist", () => {
    const d = reasonOf(
      "550 5.1.0 <bounce@mailer.example.com> sender rejected. Refer to Error Codes section at https://www.cox.example/email-error-codes.html for more information. AUP#CDRBL",
    );
    expect(d.causeId).toBe("OTHER_DNSBL_LISTED");
    expect(d.reason).toBe("blocked");
  });

  it("Spectrum/Charter's AUP#In-1310…1340 are connection limits", () => {
    expect(
      reasonOf(
        "550 5.1.0 <bounce@example.com> sender rejected. Please see https://www.spectrum.example/understanding-email-error-codes for more information. AUP#In-1310",
      ).reason,
    ).toBe("toomanyconn");
  });

  it("Amazon SES's own category is a guess; the quoted remote reply decides", () => {
    expect(
      reasonOf("5.1.0 - Unknown address error 550-'5.7.1 <bounce@example.com>... Access denied' (delivery attempts: 0)")
        .reason,
    ).toBe("securityerror");
    expect(
      reasonOf(
        "5.1.0 - Unknown address error 550-'5.2.2 <kari.nordmann@example.org>... Mailbox Full' (delivery attempts: 0)",
      ).reason,
    ).toBe("mailboxfull");
  });
});

describe("the cause behind an expiry or a local delivery", () => {
  it("qmail and Sendmail name the trouble before giving up: that trouble is the cause", () => {
    expect(
      reasonOf(
        "Unable to contact LDAP server. (#4.4.3)I'm not going to try again; this message has been in the queue too long.",
      ).reason,
    ).toBe("systemerror");
    expect(
      reasonOf(
        "<kari.nordmann@example.org>... Deferred: Name server: example.org.: host name lookup failure Message could not be delivered for 8 hours",
        { status: "4.4.7" },
      ).reason,
    ).toBe("networkerror");
  });

  it("'temporarily unavailable' before giving up is not a disabled account", () => {
    expect(
      reasonOf(
        "Resources temporarily unavailable, please try again later [#4.1.9]. I'm not going to try again; this message has been in the queue too long.",
      ).reason,
    ).toBe("expired");
  });

  it("a DNS lookup that found no such host means the domain does not exist (DragonFly)", () => {
    expect(reasonOf("DNS lookup failure: host mx.example.org not found", { status: "5.0.0" }).reason).toBe(
      "hostunknown",
    );
  });

  it("Diagnostic-Code: X-Unix with only an exit status is the local delivery program's failure", () => {
    const dsn = (code: string) => ({
      message: {
        ...reportFor(factsFor("x")).message,
        parts: [
          {
            contentType: "message/delivery-status",
            text: `Final-Recipient: rfc822; kari.nordmann@example.org\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: X-Unix; ${code}\n`,
          },
        ],
      },
    });
    expect(reasonOf("255", { status: "5.3.0" }, "", dsn("255")).reason).toBe("mailererror");
    expect(reasonOf("temporary failure", { status: "4.3.0" }, "", dsn("temporary failure")).reason).toBe("mailererror");
    // sysexits 77, EX_NOPERM: a permission fault on the receiving system
    expect(reasonOf("77", { status: "5.3.0" }, "", dsn("77")).reason).toBe("systemerror");
    // without the X-Unix type a bare number says nothing
    expect(reasonOf("255", { status: "5.3.0" }).causeId).not.toBe("LOCAL_DELIVERY_PROGRAM_FAILED");
  });
});

describe("auto-replies", () => {
  it("an auto-reply saying the inbox is no longer in use is a disabled mailbox; an ordinary one stays an auto-reply", () => {
    const gone = reasonOf(
      "This email inbox kari.nordmann@example.org is no longer in use. Please contact someone else at Example.",
      { status: undefined },
      "",
      { kind: "auto-reply" },
    );
    expect(gone.causeId).toBe("ACCOUNT_DISABLED_OR_INACTIVE");
    expect(gone.reason).toBe("suspend");
    const away = reasonOf("I am out of the office until Monday.", { status: undefined }, "", { kind: "auto-reply" });
    expect(away.reason).toBe("vacation");
  });
});

describe("the reply behind a heading, the sender behind MAIL FROM", () => {
  it("a diagnostic that is only a heading ('because:') is replaced by the NDR's words after it (Lotus Domino)", () => {
    const body =
      "Your message\n  Subject: Test\nwas not delivered to:\n  kari.nordmann@example.org\nbecause:\n  User Kari Nordmann (kari.nordmann@example.org) not listed in Domino Directory\n";
    const d = reasonOf("because:", { status: undefined }, body);
    expect(d.causeId).toBe("RECIPIENT_UNKNOWN");
    expect(d.reason).toBe("userunknown");
  });

  it("Sendmail's 'The original message was received at' opening is not the quoted original", () => {
    const body =
      "The original message was received at Thu, 29 Apr 2012 12:46:19 +0900\n   ----- Transcript of session follows -----\n<kari.nordmann@example.org>... Deferred: Name server: example.org.: host name lookup failure\nMessage could not be delivered for 8 hours\n";
    expect(reasonOf("----- Transcript of session follows -----", { status: "4.4.7" }, body).reason).toBe(
      "networkerror",
    );
  });

  it("an address code given in reply to MAIL FROM is about the sender (Exim)", () => {
    const reply = "553 5.1.0 ola neko.example.com does not exist E2110";
    const body = `The following address(es) failed:\n  kari.nordmann@example.org\n    host mail2.example.org [192.0.2.222]\n    SMTP error from remote mail server after MAIL FROM:<ola@neko.example.com> SIZE=1022:\n    ${reply}\n`;
    const d = reasonOf(reply, {}, body);
    expect(d.causeId).toBe("SENDER_ADDRESS_REJECTED");
    expect(d.reason).toBe("rejected");
  });

  it("'not listed in' a directory is no blocklist listing", () => {
    expect(
      reasonOf("User Kari (kari.nordmann@example.org) not listed in Domino Directory", { status: "5.0.0" }).causeId,
    ).toBe("RECIPIENT_UNKNOWN");
  });

  it("Gmail's 'Remote server does not support TLS' is a failed STARTTLS", () => {
    expect(reasonOf("500 Remote server does not support TLS (state 6).", { status: "5.0.0" }).reason).toBe(
      "failedstarttls",
    );
  });
});

describe("the server's own words where the reply hides them", () => {
  it("Sendmail V5's 'Remote protocol error' is read from the '<<< ' answer above it in the transcript", () => {
    const reply = "554 <kari.nordmann@example.edu>... Remote protocol error";
    const body =
      "   ----- Transcript of session follows -----\nWhile talking to mx.example.edu:\n>>> MAIL From:<ola@example.jp>\n<<< 550 Insecure Mail Relay\n554 <kari.nordmann@example.edu>... Remote protocol error\n";
    expect(reasonOf(reply, { address: "kari.nordmann@example.edu", status: undefined }, body).reason).toBe(
      "norelaying",
    );
  });

  it("a header fault the report names beats the spam verdict of its reply (amavis)", () => {
    const body =
      'A message from <ola@example.com> to:\n-> kari.nordmann@example.org\nwas considered unsolicited bulk e-mail (UBE).\nDuplicate header field: "From"\nDelivery of the email was stopped!\n';
    const d = reasonOf("554 5.7.0 Reject, id=20025-09 - SPAM", {}, body);
    expect(d.causeId).toBe("FROM_HEADER_NONCOMPLIANT");
    expect(d.reason).toBe("notcompliantrfc");
    // without such a line the verdict stands
    expect(
      reasonOf("554 5.7.0 Reject, id=20025-09 - SPAM", {}, "was considered unsolicited bulk e-mail (UBE).").reason,
    ).toBe("spamdetected");
  });
});

describe("the NDR's own words around the address, when no reply was isolated", () => {
  it("the reason on the address's own line counts ('User's mailbox is full: <addr>')", () => {
    expect(
      reasonOf(
        "",
        { status: undefined },
        "User's mailbox is full: <kari.nordmann@example.org>\nUnable to deliver mail.\n",
      ).reason,
    ).toBe("mailboxfull");
  });

  it("Lotus Notes puts the reason on the line above the address", () => {
    const body =
      "------- Failure Reasons  --------\nUser  not listed in public Name & Address Book\nkari.nordmann@example.org\n------- Returned Message --------\n";
    expect(reasonOf("", { status: undefined }, body).reason).toBe("userunknown");
  });

  it("X3's 'aborted after N hour(s)' heading above the address is an expiry", () => {
    const body =
      "Delevery to the following recipients was aborted after 5.0 hour(s):\n\n  * kari.nordmann@example.org\n\nTechnical details:\nRouting: Could not find a gateway for kari.nordmann@example.org\n";
    expect(reasonOf("", { status: undefined }, body).reason).toBe("expired");
  });

  it("cPanel's 'The account or domain may not exist, they may be blacklisted, or missing the proper dns entries' is a failed domain lookup", () => {
    const d = reasonOf(
      "The mail server could not deliver mail to kari.nordmann@example.org.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.",
      { status: undefined },
    );
    expect(d.causeId).toBe("DOMAIN_NOT_FOUND");
    expect(d.reason).toBe("hostunknown");
  });

  it("a gateway's 'No valid recipients' is its own lookup (Verizon)", () => {
    expect(
      reasonOf("Message could not be delivered to mobile. Error: No valid recipients for this MM", {
        status: undefined,
      }).reason,
    ).toBe("userunknown");
  });
});

describe("domain verdicts and opening words", () => {
  it("'No such domain' is about the recipient's domain, unless it answered MAIL FROM (Courier, Exim)", () => {
    expect(reasonOf("No such domain.", { status: "5.0.0" }).reason).toBe("hostunknown");
    const reply = "550 5.1.7 No such domain neko.example.com.";
    const body = `The following address(es) failed:\n  kari.nordmann@example.org\n    SMTP error from remote mail server after MAIL FROM:<ola@neko.example.com>:\n    ${reply}\n`;
    const d = reasonOf(reply, {}, body);
    expect(d.causeId).toBe("SENDER_ADDRESS_REJECTED");
    expect(d.reason).toBe("rejected");
  });

  it("a single-recipient report that says why only at its top is read from there (au/KDDI)", () => {
    const body =
      "Your message was not delivered within 0 days and 1 hours.\nRemote host is not responding.\n\nThe following recipients did not receive this message:\n\n<kari.nordmann@example.org>\n";
    expect(reasonOf("", { status: undefined }, body).reason).toBe("expired");
  });
});

describe("statements of the NDR that outrank its SMTP reply", () => {
  it("au/KDDI's 'The user(s) account is disabled.' above a '550 user unknown' answer is a disabled account", () => {
    const reply = "550 user unknown (in reply to RCPT TO command)";
    const body = `The user(s) account is disabled.\n\n<kari.nordmann@example.org>: ${reply}\n`;
    const d = reasonOf(reply, { status: "5.0.0" }, body);
    expect(d.causeId).toBe("ACCOUNT_DISABLED_OR_INACTIVE");
    expect(d.reason).toBe("suspend");
  });

  it("Apple Mail's one-click unsubscribe message is an opt-out request, not an absence notice", () => {
    const d = reasonOf(
      "Apple Mail sent this email to unsubscribe from the message \u201cNyhetsbrev\u201d.",
      { status: undefined },
      "",
      { kind: "auto-reply" },
    );
    expect(d.reason).toBe("feedback");
    expect(d.causeId).toBe("FEEDBACK_REPORT");
  });
});

describe("local delivery agents and receiving servers speaking for themselves", () => {
  it("BSD mail.local's 'unknown user' in a Sendmail transcript outranks Sendmail's 'Service unavailable'", () => {
    const reply = "554 <kari.nordmann@example.org>... Service unavailable";
    const body = `   ----- Transcript of session follows -----\nmail.local: unknown user: kari.nordmann\n${reply}\n`;
    const d = reasonOf(reply, { status: "5.5.0" }, body);
    expect(d.causeId).toBe("RECIPIENT_UNKNOWN");
    expect(d.reason).toBe("userunknown");
  });

  it("IMail's 'Unknown user: <address>' heading is its own lookup", () => {
    expect(
      reasonOf(
        "Unknown user",
        { status: undefined },
        "Unknown user: kari.nordmann@example.org\nOriginal message follows.\n",
      ).reason,
    ).toBe("userunknown");
  });

  it("a refusal by the remote server with no reason at all is counted as the recipient side's filter", () => {
    const d = reasonOf(
      "",
      { status: undefined },
      "<kari.nordmann@example.org>\nEach of the following recipients was rejected by a remote mail server.\n",
    );
    expect(d.causeId).toBe("RECIPIENT_FILTERED");
    expect(d.reason).toBe("filtered");
  });
});

describe("undecided stays undecided", () => {
  it("a final '450 4.0.0 Temporary failure' with nothing more is not called an expiry (Amazon SES inbound)", () => {
    const d = reasonOf("450 4.0.0 Temporary failure");
    expect(d.causeId).toBe("UNKNOWN");
    expect(d.reason).toBe("onhold");
    // a transient code with no words at all still reads as a delivery that ran out of time
    expect(reasonOf("", { status: "4.4.7", action: "failed" }).reason).toBe("expired");
  });
});

describe("a connection the destination kept refusing", () => {
  // Sendmail's expiry notice quotes its last deferral above "Message could not be delivered for N
  // hours" (shape of Sendmail 8's DSN text; hosts are our own documentation names).
  const expiry = (refusedBy: string) =>
    "   ----- Transcript of session follows -----\n" +
    `<kari.nordmann@example.org>... Deferred: Connection refused by ${refusedBy}\n` +
    "Message could not be delivered for 5 days\nMessage will be deleted from queue\n";

  it("a refusal by the destination's mail server is why the message expired: the receiver refused our host", () => {
    const d = reasonOf("", { status: "4.4.7", diagnostic: "" }, expiry("mx1.example.org."));
    expect(d.causeId).toBe("CONNECTION_REFUSED_BY_HOST");
    expect(d.reason).toBe("blocked");
    expect(d.evidence?.text).toBe("Connection refused by mx1.example.org");
  });

  it("a refusal by the loopback is our own relay or filter being down: the expiry stands", () => {
    expect(reasonOf("", { status: "4.4.7", diagnostic: "" }, expiry("[127.0.0.1]")).reason).toBe("expired");
    expect(reasonOf("", { status: "4.4.7", diagnostic: "" }, expiry("localhost.")).reason).toBe("expired");
  });
});
