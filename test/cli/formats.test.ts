// Each output format's shape, on hand-built explanations (sample-explanation.ts), so these hold
// whatever the engine currently finds.
import { describe, expect, it } from "vitest";
import { makeColors } from "../../src/cli/color.js";
import { CSV_COLUMNS, csvFormatter, csvField, defuse } from "../../src/cli/format/csv.js";
import { jsonFormatter, jsonlFormatter } from "../../src/cli/format/json.js";
import { sisimaiFormatter } from "../../src/cli/format/sisimai.js";
import { tableFormatter } from "../../src/cli/format/table.js";
import { textFormatter } from "../../src/cli/format/text.js";
import type { FormatContext, Formatter, InputResult } from "../../src/cli/format/types.js";
import { Summary, summaryEntry } from "../../src/cli/summary.js";
import { parseCsv } from "./helpers.js";
import { explanation, recipient } from "./sample-explanation.js";

const context = (overrides: Partial<FormatContext> = {}): FormatContext => ({
  language: "en",
  audiences: ["sender", "owner", "admin"],
  onlyFailed: false,
  colors: makeColors(false),
  ...overrides,
});

/** What main() prints: header, each input's text with the separator between, footer. */
function render(formatter: Formatter, results: InputResult[]): string {
  const inputs = results.map((r) => formatter.input(r)).filter((text) => text !== "");
  return formatter.header() + inputs.join(formatter.separator) + formatter.footer(inputs.length);
}

const twoRecipients: InputResult = {
  file: "bounces/a.eml",
  explanation: explanation("failed", [
    recipient({
      address: "bob@example.com",
      status: "5.1.1",
      replyCode: "550",
      diagnostic: "550 5.1.1 User unknown",
      causeId: "RECIPIENT_UNKNOWN",
      title: "Recipient not found",
      reason: "userunknown",
      fixOwner: "sender",
    }),
    recipient(),
  ]),
};
const autoReply: InputResult = {
  file: "bounces/b.eml",
  explanation: explanation("auto-reply", [recipient({ action: "delivered", address: "dave@example.org" })]),
};
const notBounce: InputResult = { file: "bounces/c.eml", explanation: explanation("not-a-report", []) };

/** The recipient fields issue 4 item 6 names as the public contract. */
const CONTRACT_RECIPIENT_FIELDS = [
  "address",
  "status",
  "replyCode",
  "diagnostic",
  "remoteMta",
  "cause",
  "reason",
  "fixOwner",
  "permanent",
  "confidence",
  "evidence",
  "guidance",
  "actions",
];

describe("json and jsonl", () => {
  it("prints one array with an object per input carrying the contract fields", () => {
    const parsed = JSON.parse(render(jsonFormatter(context()), [twoRecipients, notBounce]));
    expect(parsed).toHaveLength(2);
    const [first, second] = parsed;
    for (const key of ["file", "kind", "language", "format", "suspicious", "suspiciousReasons", "recipients"]) {
      expect(first).toHaveProperty(key);
    }
    expect(first.file).toBe("bounces/a.eml");
    expect(first.recipients).toHaveLength(2);
    for (const key of CONTRACT_RECIPIENT_FIELDS) expect(first.recipients[1]).toHaveProperty(key);
    expect(first.recipients[1]).toMatchObject({
      address: "carol@example.com",
      status: "5.7.1",
      replyCode: "554",
      cause: "RELAY_DENIED",
      reason: "norelaying",
      fixOwner: "sender-admin",
      permanent: true,
      evidence: "Relay access denied",
      guidance: {
        sender: ["Ask your email admin to check how your mail is sent."],
        owner: [],
        admin: ["Check the relay host."],
      },
    });
    expect(first.recipients[1].actions[1]).toEqual({ kind: "admin-command", value: "postconf -n relayhost" });
    expect(second).toMatchObject({ kind: "not-a-report", recipients: [] });
  });

  it("prints an empty array when nothing was read", () => {
    expect(JSON.parse(render(jsonFormatter(context()), []))).toEqual([]);
  });

  it("limits guidance to the chosen audiences and recipients to failed ones with --only failed", () => {
    const lines = render(jsonlFormatter(context({ audiences: ["admin"], onlyFailed: true })), [
      autoReply,
      twoRecipients,
    ])
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].recipients).toEqual([]);
    expect(Object.keys(lines[1].recipients[0].guidance)).toEqual(["admin"]);
  });
});

describe("csv", () => {
  it("follows RFC 4180: header, CRLF rows, quoted fields with doubled quotes", () => {
    const text = render(csvFormatter(context()), [twoRecipients, notBounce]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4); // header, two recipients, one row for the input without recipients
    const carol = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2][i]]));
    expect(carol.diagnostic).toBe('554 5.7.1 <carol@example.com>: Relay access denied, "quoted", with comma');
    expect(carol.recipient).toBe("carol@example.com");
    expect(text).toContain('"554 5.7.1 <carol@example.com>: Relay access denied, ""quoted"", with comma"');
    expect(rows[3][0]).toBe("bounces/c.eml");
    expect(rows[3][5]).toBe("");
  });

  it("quotes and escapes single fields and defuses formula-like text", () => {
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(defuse("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(defuse("550 ok")).toBe("550 ok");
  });
});

describe("sisimai", () => {
  it("prints one line per recipient with 1-based index, and index 0 for a non-bounce", () => {
    const lines = render(sisimaiFormatter(), [twoRecipients, notBounce])
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      file: "bounces/a.eml",
      index: 1,
      recipient: "bob@example.com",
      deliverystatus: "5.1.1",
      replycode: "550",
      reason: "userunknown",
    });
    expect(lines[0]).toHaveProperty("diagnosticcode");
    expect(lines[1]).toMatchObject({ index: 2, recipient: "carol@example.com" });
    expect(lines[2]).toMatchObject({ file: "bounces/c.eml", index: 0 });
  });
});

describe("text and table", () => {
  it("explains each recipient with who must act, the server's words and the guidance", () => {
    const text = render(textFormatter(context()), [twoRecipients, notBounce]);
    expect(text).toContain("bounces/a.eml");
    expect(text).toContain("carol@example.com");
    expect(text).toContain("Relaying refused");
    expect(text).toContain("Who must act: the sender's IT department");
    expect(text).toContain('Server said: "554 5.7.1');
    expect(text).toContain("For the email admin:");
    expect(text).toContain("postconf -n relayhost");
    expect(text).toContain("bounces/c.eml  not a bounce");
    expect(text).not.toMatch(/\u001b\[/);
  });

  it("heads a list post held for a moderator as held, not as a delay a server retries", () => {
    const held = (causeId: string): InputResult => ({
      file: "held.eml",
      explanation: explanation("delayed", [recipient({ action: "delayed", causeId, reason: "onhold" })]),
    });
    const text = render(textFormatter(context()), [held("LIST_POST_HELD_FOR_MODERATION")]);
    expect(text).toContain("held.eml  held for a moderator (not a bounce)");
    expect(text).not.toContain("delivery delayed");
    const nb = render(textFormatter(context({ language: "nb" })), [held("LIST_POST_HELD_FOR_MODERATION")]);
    expect(nb).toContain("held.eml  holdt tilbake for en moderator");
    const retried = render(textFormatter(context()), [held("EXO_INBOUND_IP_THROTTLED")]);
    expect(retried).toContain("held.eml  delivery delayed (not a bounce yet)");
  });

  it("colours only when asked, and never passes the NDR's control characters through", () => {
    const hostile: InputResult = {
      file: "x.eml",
      explanation: explanation("failed", [recipient({ diagnostic: "550 \u001b[2J\u001b]0;pwned\u0007 gone" })]),
    };
    const coloured = render(textFormatter(context({ colors: makeColors(true) })), [hostile]);
    expect(coloured).toMatch(/\u001b\[1m/);
    expect(coloured).not.toContain("\u001b[2J");
    expect(coloured).not.toContain("\u0007");
  });

  it("writes Norwegian labels with --lang nb", () => {
    const text = render(textFormatter(context({ language: "nb" })), [twoRecipients]);
    expect(text).toContain("Hvem må gjøre noe: avsenderens IT-avdeling");
    expect(text).toContain("For e-postadministratoren:");
  });

  it("prints a table row per recipient under a header, with the cause's title and who acts in words", () => {
    const lines = render(tableFormatter(context()), [twoRecipients, notBounce]).trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^FILE\s+RECIPIENT\s+STATUS\s+CODE\s+CAUSE\s+WHO ACTS\s+RECIPIENT'S SERVER$/);
    expect(lines[1]).toMatch(/bob@example\.com\s+5\.1\.1\s+550\s+Recipient not found\s+the sender\s+mx1\.example\.com/);
    expect(lines[1]).not.toContain("RECIPIENT_UNKNOWN");
    expect(lines[2]).toMatch(/Relaying refused\s+the sender's IT department\s+mx1\.example\.com/);
    expect(lines[3]).toContain("not a bounce");
    const recipientColumn = lines[0].indexOf("RECIPIENT");
    expect(lines[2].indexOf("carol@example.com")).toBe(recipientColumn);
    expect(lines[1].indexOf("the sender")).toBe(lines[0].indexOf("WHO ACTS"));
  });

  it("shows '—' under WHO ACTS for automatic replies and delivery notices, in the table and the text", () => {
    const delivered: InputResult = {
      file: "bounces/d.eml",
      explanation: explanation("delivered", [recipient({ action: "delivered", fixOwner: "sender" })]),
    };
    const rows = render(tableFormatter(context()), [autoReply, delivered]).trimEnd().split("\n").slice(1);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatch(/\s—\s+mx1\.example\.com$/);
      expect(row).not.toContain("the sender");
    }
    expect(render(textFormatter(context()), [autoReply])).toContain("Who must act: —");
  });

  it("writes the table's heads and values in Norwegian with --lang nb", () => {
    const nb = context({ language: "nb" });
    const lines = render(tableFormatter(nb), [twoRecipients, notBounce]).trimEnd().split("\n");
    expect(lines[0]).toMatch(/^FIL\s+MOTTAKER\s+STATUS\s+KODE\s+ÅRSAK\s+HVEM\s+MOTTAKERENS SERVER$/);
    expect(lines[1]).toContain("avsenderen");
    expect(lines[2]).toContain("avsenderens IT-avdeling");
    expect(lines[3]).toContain("ikke en returmelding");
  });

  it("marks a bounce that looks fake instead of giving its cause and someone to act", () => {
    const fake: InputResult = { file: "lure.eml", explanation: explanation("failed", [recipient()], true) };
    const [, row] = render(tableFormatter(context()), [fake]).trimEnd().split("\n");
    expect(row).toContain("⚠ Possibly a fake bounce");
    expect(row).not.toContain("Relaying refused");
    expect(row).not.toContain("IT department");
    const csv = parseCsv(render(csvFormatter(context()), [fake, twoRecipients]));
    const suspicious = CSV_COLUMNS.indexOf("suspicious");
    expect(csv.slice(1).map((r) => r[suspicious])).toEqual(["true", "false", "false"]);
  });
});

describe("summary", () => {
  it("counts failed recipients by cause, reason, who must act and remote server", () => {
    const summary = new Summary();
    for (const r of [twoRecipients, autoReply, notBounce, twoRecipients]) summary.add(summaryEntry(r.explanation));
    summary.addUnreadable();
    const json = summary.toJSON();
    expect(json).toMatchObject({
      inputs: 4,
      unreadable: 1,
      bounces: 2,
      failedRecipients: 4,
      kinds: { failed: 2, "auto-reply": 1, "not-a-report": 1 },
    });
    expect(json.byCause).toEqual([
      { cause: "RECIPIENT_UNKNOWN", title: "Recipient not found", count: 2 },
      { cause: "RELAY_DENIED", title: "Relaying refused", count: 2 },
    ]);
    expect(json.byReason).toEqual([
      { reason: "norelaying", count: 2 },
      { reason: "userunknown", count: 2 },
    ]);
    expect(json.byFixOwner).toEqual([
      { fixOwner: "sender", count: 2 },
      { fixOwner: "sender-admin", count: 2 },
    ]);
    expect(json.topRemoteServers).toEqual([{ server: "mx1.example.com", count: 4 }]);
    expect(json.topRecipientDomains).toEqual([{ domain: "example.com", count: 4 }]);
    const text = summary.render("en", makeColors(false));
    expect(text).toMatch(/Failed recipients\s+4/);
    expect(text).toMatch(/4\s+100\.0%.*mx1\.example\.com/);
    expect(summary.render("nb", makeColors(false))).toMatch(/4\s+100,0 %.*mx1\.example\.com/);
    expect(text).toContain("Who must act");
  });

  it("counts a bounce that looks fake apart: not as a bounce, its recipients in no list", () => {
    const summary = new Summary();
    summary.add(summaryEntry(twoRecipients.explanation));
    summary.add(summaryEntry(explanation("failed", [recipient({ causeId: "LURE" })], true)));
    const json = summary.toJSON();
    expect(json).toMatchObject({ inputs: 2, bounces: 1, suspicious: 1, failedRecipients: 2, kinds: { failed: 1 } });
    expect(json.byCause.map((c) => c.cause)).not.toContain("LURE");
    expect(summary.render("en", makeColors(false))).toMatch(/Bounces\s+1\n\s+Possibly fake bounces\s+1\n/);
  });

  it("lists the top 20 causes and says how many more; --top N or all changes every list", () => {
    const many = (top?: number) => {
      const summary = new Summary(top);
      for (let i = 0; i < 25; i++) {
        const cause = `CAUSE_${String(i).padStart(2, "0")}`;
        const server = `mx${String(i).padStart(2, "0")}.example.net`;
        summary.add(summaryEntry(explanation("failed", [recipient({ causeId: cause, remoteMta: server })])));
      }
      return summary;
    };
    const byDefault = many().render("en", makeColors(false));
    expect(byDefault).toContain("CAUSE_19");
    expect(byDefault).not.toContain("CAUSE_20");
    expect(byDefault).toContain("… and 5 more (--top all lists them all)");
    expect(byDefault).toContain("… and 15 more"); // servers: 10 of 25
    const all = many(Infinity).render("en", makeColors(false));
    expect(all).toContain("CAUSE_24");
    expect(all).toContain("mx24.example.net");
    expect(all).not.toContain("more (--top all");
    const three = many(3);
    expect(three.render("en", makeColors(false))).toContain("… and 22 more");
    expect(three.toJSON().byCause).toHaveLength(3);
    expect(three.toJSON().topRemoteServers).toHaveLength(3);
    expect(many().toJSON().byCause).toHaveLength(25);
  });

  it("gives each reason and fix owner in words beside its code, in the chosen language", () => {
    const summary = new Summary();
    summary.add(summaryEntry(twoRecipients.explanation));
    const nb = summary.render("nb", makeColors(false));
    expect(nb).toContain("userunknown  (ukjent mottaker)");
    expect(nb).toContain("sender-admin  (avsenderens IT-avdeling)");
  });
});
