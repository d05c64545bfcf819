// The situation step (issue 13): who reads, which domains are ours, and per recipient inside or
// outside, where it stopped, on-premises hops, the group, the NDR's own word on who acts, the timing.
// Fixtures are the remedy set's (test/fixtures/remedy, each naming its public source).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import { readMessage } from "../../../src/core/read/index.js";
import { extractReport } from "../../../src/core/report/index.js";
import { ndrFixOwnerIn, situate } from "../../../src/core/situate/index.js";
import { stoppedHostInText } from "../../../src/core/situate/stop.js";
import type { RecipientSituation, SituationContext } from "../../../src/core/types.js";

const fixture = (name: string) => new URL(`../../fixtures/remedy/${name}`, import.meta.url);

async function situationOf(name: string, context?: SituationContext): Promise<RecipientSituation> {
  const message = await readMessage({ kind: "bytes", data: new Uint8Array(readFileSync(fixture(`${name}.eml`))) });
  return situate(extractReport(message), context).recipients[0]!;
}

async function explained(name: string, context: SituationContext, language: "en" | "nb" = "en") {
  const data = new Uint8Array(readFileSync(fixture(`${name}.eml`)));
  return explainBounce({ kind: "bytes", data }, { language, context });
}

describe("situate", () => {
  it("reads the enhanced NDR's own word on who must act, in the languages Exchange writes", () => {
    const strips: [string, "sender" | "recipient"][] = [
      ["Action Required    Recipient", "recipient"],
      ["Handling kreves    Mottaker", "recipient"],
      ["Handling kreves    Avsender", "sender"],
      ["Aktion erforderlich    Empfänger", "recipient"],
      ["Action requise    Destinataire", "recipient"],
      ["Acción requerida    Remitente", "sender"],
      ["Åtgärd krävs    Mottagare", "recipient"],
      ["Handling påkrævet    Modtager", "recipient"],
      ["Actie vereist    Geadresseerde", "recipient"],
    ];
    for (const [line, party] of strips) {
      const said = ndrFixOwnerIn(`Your message couldn't be delivered.\n\nkari    Office 365    board\n${line}\n`);
      expect(said?.party, line).toBe(party);
      expect(said?.text).toContain(line.split(/\s{2,}/)[0]);
    }
    expect(ndrFixOwnerIn("Delivery has failed to these recipients or groups:")).toBeUndefined();
  });

  it("tells an outside sender from an inside one by the reader's organisation", async () => {
    const outside = await situationOf("en-001-group-allowed-senders-outside", { orgDomains: ["tailspintoys.com"] });
    expect(outside).toMatchObject({ sender: "inside", recipient: "outside", sameOrganisation: false });
    const inside = await situationOf("en-002-group-allowed-senders-inside", { orgDomains: ["fabrikam.com"] });
    expect(inside).toMatchObject({ sender: "inside", recipient: "inside", sameOrganisation: true });
    // without the host's word, the sender's domain is ours
    expect(await situationOf("en-001-group-allowed-senders-outside")).toMatchObject({ sameOrganisation: false });
  });

  it("finds the on-premises Exchange hops of a hybrid inside sender, and none for a cloud-only one", async () => {
    const hybrid = await situationOf("en-004-group-internal-only-hybrid", { orgDomains: ["contoso.com"] });
    expect(hybrid.hybridHops).toEqual(expect.arrayContaining(["EXCH02.corp.contoso.com", "EXCH01.corp.contoso.com"]));
    const cloud = await situationOf("en-002-group-allowed-senders-inside", { orgDomains: ["fabrikam.com"] });
    expect(cloud.hybridHops).toEqual([]);
  });

  it("tells the recipient's MX from our own smart host", async () => {
    const theirs = await situationOf("en-008-relay-denied-at-recipient-mx", { orgDomains: ["contoso.com"] });
    expect(theirs).toMatchObject({ stoppedAt: "recipient-server", stoppedHost: "mail.southridgevideo.com" });
    const ours = await situationOf("en-009-relay-denied-at-own-smarthost", { orgDomains: ["fourthcoffee.com"] });
    expect(ours).toMatchObject({ stoppedAt: "our-relay", stoppedHost: "smtp.relay.northwindnet.example" });
  });

  it("smtp.office365.com is the recipient's wrong MX when Exchange Online wrote the bounce, our smart host when our own server did", async () => {
    const message = await readMessage({ kind: "text", text: "Delivery has failed to these recipients or groups." });
    const facts = {
      address: "info@margiestravel.com",
      action: "failed" as const,
      status: "5.7.57",
      diagnostic: "530 5.7.57 Client not authenticated to send mail",
      remoteMta: "smtp.office365.com",
      format: "rfc3464",
    };
    const report = (generatingServer: string) => ({ ...extractReport(message), recipients: [facts], generatingServer });
    const context = { orgDomains: ["contoso.com"], readerAddress: "kari@contoso.com" };
    expect(situate(report("AM0PR01MB1234.eurprd01.prod.outlook.com"), context).recipients[0]!.stoppedAt).toBe(
      "recipient-server",
    );
    expect(situate(report("EXCH01.corp.contoso.com"), context).recipients[0]!.stoppedAt).toBe("our-relay");
  });

  it("reads a delay as delayed and only a report that gave up as expired", async () => {
    expect((await situationOf("en-012-delay-exchange-online")).timing).toBe("delayed");
    expect((await situationOf("en-051-expired-exchange-online")).timing).toBe("expired");
    expect((await situationOf("en-001-group-allowed-senders-outside")).timing).toBe("failed");
  });

  it("keeps the group facts the NDR gives: the parent of a nested group, a large group, a list owner", async () => {
    const nested = await situationOf("en-014-nested-group-inside");
    expect(nested.group).toMatchObject({ parent: "All Oslo", name: "Sales Oslo" });
    expect((await situationOf("en-025-large-group-outside")).group?.large).toBe(true);
    const list = await situationOf("en-016-mailman-held-non-member");
    expect(list).toMatchObject({ stoppedAt: "list-service", timing: "delayed" });
    expect(list.group?.ownerAddress).toBe("hiking-owner@lists.alpineskihouse.com");
  });
});

describe("the answer follows the situation", () => {
  it("a content filter's hold goes to the admin of the side that holds it", async () => {
    const held = async (name: string) => {
      const data = new Uint8Array(
        readFileSync(new URL(`../../fixtures/engine/content-notices/${name}.eml`, import.meta.url)),
      );
      const [r] = (await explainBounce({ kind: "bytes", data }, { language: "en" })).recipients;
      expect(r!.diagnosis.causeId, name).toBe("CONTENT_HELD_FOR_REVIEW");
      return { fixOwner: r!.diagnosis.fixOwner, kinds: r!.diagnosis.actions.map((a) => a.kind) };
    };
    // the sender's own gateway wrote it (From the sender's domain), for its Data Loss Prevention policy
    const ownDlp = await held("cn51-own-dlp-held-for-review");
    expect(ownDlp.fixOwner).toBe("sender-admin");
    expect(ownDlp.kinds).toContain("contact-own-admin");
    expect(ownDlp.kinds).not.toContain("contact-recipient-admin");
    // a hosted gateway of neither domain, whose notice says the policy is an outbound one
    expect((await held("cn52-outbound-policy-hold-gateway")).fixOwner).toBe("sender-admin");
    // the recipient's own content filter (PureMessage at the recipient's domain) holds it
    const theirs = await held("cn11-puremessage-quarantined-pending");
    expect(theirs.fixOwner).toBe("recipient-admin");
    expect(theirs.kinds).not.toContain("contact-own-admin");
  });

  it("an outside sender refused by another organisation's group goes through its admin, not its owner", async () => {
    const [r] = (await explained("en-001-group-allowed-senders-outside", { orgDomains: ["tailspintoys.com"] }))
      .recipients;
    expect(r!.diagnosis.fixOwner).toBe("recipient-admin");
    const kinds = r!.diagnosis.actions.map((a) => a.kind);
    expect(kinds).toContain("contact-recipient-admin");
    expect(kinds).not.toContain("ask-group-owner");
    expect(kinds).not.toContain("admin-command");
    expect(r!.situationFacts?.join(" ")).toContain("outside fabrikam.com");
    expect(r!.situationFacts?.join(" ")).toContain("Action Required — Recipient");
  });

  it("the hybrid symptom goes to our own IT, says hybrid and never opens the group to outside senders", async () => {
    for (const language of ["en", "nb"] as const) {
      const [r] = (await explained("en-004-group-internal-only-hybrid", { orgDomains: ["contoso.com"] }, language))
        .recipients;
      expect(r!.diagnosis.fixOwner).toBe("sender-admin");
      const words = [...r!.guidance.sender, ...r!.guidance.admin, ...r!.guidance.owner].map((s) => s.text).join(" ");
      expect(words.toLowerCase()).toContain("hybrid");
      const commands = r!.diagnosis.actions.map((a) => a.value ?? "").join(" ");
      expect(commands).not.toContain("RequireSenderAuthenticationEnabled $false");
      expect(commands).not.toContain("New-MailContact");
      // the NDR says "Recipient"; the answer says why it disagrees
      expect(r!.situationFacts?.join(" ")).toMatch(language === "en" ? /But the message came/ : /Men meldingen kom/);
    }
  });

  it("5.7.57 from smtp.office365.com while delivering outbound is the recipient's MX, not our SMTP AUTH", async () => {
    const [r] = (await explained("en-010-5757-recipient-mx-is-client-endpoint", { orgDomains: ["contoso.com"] }))
      .recipients;
    expect(r!.diagnosis.fixOwner).toBe("recipient-admin");
    const said = [...r!.guidance.sender.map((s) => s.text), ...(r!.situationFacts ?? [])].join(" ");
    expect(said).toContain("smtp.office365.com");
    expect(said).toContain("mail.protection.outlook.com");
    expect(r!.diagnosis.actions.map((a) => a.value ?? "").join(" ")).not.toMatch(/Set-CASMailbox|margiestravel-com/);
  });

  it("a delay is never worded as given up", async () => {
    for (const language of ["en", "nb"] as const) {
      const [r] = (await explained("en-012-delay-exchange-online", { orgDomains: ["contoso.com"] }, language))
        .recipients;
      const words = [r!.title, r!.verdict, ...r!.guidance.sender.map((s) => s.text)].join(" ");
      expect(words).not.toMatch(/given up|gave up|gitt opp|ga opp/i);
    }
  });

  it("no group named, no group advice: the owner tab says there is nothing to do there", async () => {
    const [r] = (await explained("en-005-mailbox-requires-auth-outside", { orgDomains: ["proseware.com"] })).recipients;
    expect(r!.guidance.owner.map((s) => s.text)).toEqual(["Nothing to do here: the bounce names no group or list."]);
    expect(r!.diagnosis.actions.map((a) => a.kind)).not.toContain("ask-group-owner");
  });

  it("a bounce flagged as suspicious carries no action at all", async () => {
    const explanation = await explained("en-089-fake-exchange-lookalike-resend-link", { orgDomains: ["fabrikam.com"] });
    expect(explanation.trust.suspicious).toBe(true);
    for (const r of explanation.recipients) {
      expect(r.diagnosis.actions).toEqual([]);
      for (const step of [...r.guidance.sender, ...r.guidance.owner, ...r.guidance.admin])
        expect(step.action).toBeUndefined();
    }
  });

  it("a Mailman or Sympa refusal asks the list's owners, at the address the notice gives", async () => {
    const [r] = (await explained("en-029-mailman3-rejected-non-member", { orgDomains: ["contoso.com"] })).recipients;
    expect(r!.facts.address).toBe("fundraising@lists.lucernepublishing.com");
    expect(r!.diagnosis.fixOwner).toBe("group-owner");
    expect(r!.diagnosis.actions).toContainEqual(
      expect.objectContaining({ kind: "ask-group-owner", value: "fundraising-owner@lists.lucernepublishing.com" }),
    );
  });

  it("a post held for the moderator: nothing failed, no server retries, no postmaster; the moderator approves", async () => {
    for (const language of ["en", "nb"] as const) {
      const [r] = (await explained("en-016-mailman-held-non-member", { orgDomains: ["contoso.com"] }, language))
        .recipients;
      expect(r!.diagnosis).toMatchObject({
        causeId: "LIST_POST_HELD_FOR_MODERATION",
        reason: "onhold",
        fixOwner: "group-owner",
        permanent: false,
        retryLater: false,
      });
      const kinds = r!.diagnosis.actions.map((a) => a.kind);
      expect(kinds).toContain("ask-moderator");
      expect(kinds).not.toContain("contact-recipient-admin");
      const sender = r!.guidance.sender.map((s) => s.text).join(" ");
      expect(sender).not.toMatch(/still trying|prøver fortsatt|given up|gitt opp/i);
      // held because the sender is not a member: joining the list ends it
      expect(sender).toMatch(/Join hiking@|Meld deg inn i hiking@/);
      expect(r!.guidance.admin.map((s) => s.action?.kind).filter(Boolean)).toEqual([]);
    }
  });

  it("a post held for another reason (a moderated list) does not tell the sender to join", async () => {
    const [r] = (await explained("en-031-sympa-forwarded-to-moderators", { orgDomains: ["contoso.com"] })).recipients;
    expect(r!.diagnosis.causeId).toBe("LIST_POST_HELD_FOR_MODERATION");
    expect(r!.guidance.sender.map((s) => s.text).join(" ")).not.toMatch(/Join /);
  });
});

describe("stoppedHostInText", () => {
  // One line per way an NDR names the host it stopped at (the shapes are Postfix's "host X[ip] said"
  // and "connect to X[ip]", Exchange's LastAttemptedServerName and {FQDN=}, Exim's "error from",
  // a smart host relay line, and Gmail's "server for the recipient domain"), in any case.
  const named: [string, string][] = [
    ["host mx1.example.net[192.0.2.7] said: 550 5.1.1 unknown", "mx1.example.net"],
    ["CONNECT TO MX2.EXAMPLE.NET[192.0.2.8]:25: Connection timed out", "mx2.example.net"],
    ["Remote Server returned '554 5.4.4' LastAttemptedServerName=mail.example.org", "mail.example.org"],
    ["TLS error from mx.example.com: connection reset", "mx.example.com"],
    ["timeout from relay.example.com after DATA", "relay.example.com"],
    ["Relaying through SmartHost out.example.com failed", "out.example.com"],
    ["error in processing {FQDN=mx3.example.org} {IP=192.0.2.9}", "mx3.example.org"],
  ];

  it("finds the host in every shape the prefilter lets through", () => {
    for (const [line, host] of named) {
      expect(stoppedHostInText(`Delivery failed.\n${line}\n`)?.host, line).toBe(host);
    }
  });

  it("marks the host Gmail names as the recipient domain's server", () => {
    const text = "The server for the recipient domain example.net, aspmx.example.net [192.0.2.1], rejected it.";
    expect(stoppedHostInText(text)).toEqual({ host: "aspmx.example.net", recipients: true });
  });

  it("names no host when the text names none", () => {
    expect(stoppedHostInText("Your message could not be delivered: mailbox full.")).toBeUndefined();
  });
});
