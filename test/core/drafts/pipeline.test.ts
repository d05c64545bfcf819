// From realistic NDR text (ndr-samples.ts) through explainBounce to each draft and link the diagnosis offers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import { draftsFor, linkFor } from "../../../src/core/drafts/index.js";
import type { DraftContext } from "../../../src/core/drafts/index.js";
import type { Explanation, Language } from "../../../src/core/types.js";
import { samples } from "./ndr-samples.js";

async function explain(name: keyof typeof samples, language: Language = "en"): Promise<Explanation> {
  return explainBounce({ kind: "text", text: samples[name] }, { language });
}

const onItem: DraftContext = {
  language: "en",
  arrival: "item",
  helpDeskAddress: "helpdesk@contoso.com",
  ownAddress: "kari@contoso.com",
};

describe("drafts from real-looking NDRs", () => {
  it("Microsoft's Blocklist 1 (S8): forward to delist@messaging.microsoft.com with the NDR attached, and ask own IT", async () => {
    const ex = await explain("microsoftBlocklist");
    const drafts = draftsFor(ex, 0, onItem);
    const delist = drafts.find((d) => d.kind === "forward-to-delist")!;
    expect(delist).toMatchObject({
      to: ["delist@messaging.microsoft.com"],
      cc: [],
      subject: "Delisting request for IP address 192.0.2.10",
      attachNdrItem: true,
    });
    expect(delist.textBody).toContain("Status code: 550 5.7.1");
    expect(delist.textBody).toContain(
      "The bounce says:\n550 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using Blocklist 1",
    );
    expect(delist.textBody).toContain("The recipient's server: mx.fabrikam.example");
    expect(delist.textBody).toContain("Date and time: 2026-11-30 08:14:58 UTC");
    expect(delist.textBody).toContain("Blocked IP address: 192.0.2.10");
    expect(delist.textBody).not.toContain("CAF1quarterly.42@contoso.com"); // the original's Message-ID
    const ownIt = drafts.find((d) => d.kind === "contact-own-admin")!;
    expect(ownIt.to).toEqual(["helpdesk@contoso.com"]);
    expect(ownIt.attachNdrItem).toBe(true);
    expect(ownIt.textBody).toContain("forward the bounce to delist@messaging.microsoft.com");
  });

  it("the same NDR pasted: its full text goes in the body instead of an attachment", async () => {
    const ex = await explain("microsoftBlocklist");
    const delist = draftsFor(ex, 0, { ...onItem, arrival: "pasted" }).find((d) => d.kind === "forward-to-delist")!;
    expect(delist.attachNdrItem).toBeUndefined();
    expect(delist.textBody).toContain("The bounce (NDR):");
    expect(delist.textBody).toContain("Remote Server returned '550 5.7.1 Service unavailable;");
    expect(delist.htmlBody).toContain("Remote Server returned &#39;550 5.7.1 Service unavailable;");
  });

  it("5.7.606 banned sending IP: the delist portal link, and the draft points to it", async () => {
    const ex = await explain("bannedSendingIp");
    const portal = ex.recipients[0].diagnosis.actions.find((a) => a.kind === "delist-portal")!;
    expect(linkFor(portal, ex.recipients[0].diagnosis.names)).toBe("https://sender.office.com/");
    const delist = draftsFor(ex, 0, onItem).find((d) => d.kind === "forward-to-delist");
    if (delist) {
      expect(delist.subject).toBe("Delisting request for IP address 198.51.100.222");
      expect(delist.notes.join(" ")).toContain("sender.office.com");
    }
  });

  it("a restricted group (S2): ask the owner, naming the group, with no To and the owner-finding steps", async () => {
    const ex = await explain("restrictedGroup", "nb");
    const drafts = draftsFor(ex, 0, { ...onItem, language: "nb" });
    const owner = drafts.find((d) => d.kind === "ask-group-owner")!;
    expect(owner.to).toEqual([]);
    expect(owner.subject).toBe("Tillatelse til å sende til Sales Team");
    expect(owner.textBody).toContain("Mottaker: sales-team@contoso.com");
    expect(owner.textBody).toContain("Begrenset gruppe: Sales Team");
    expect(owner.textBody).toContain("Statuskode: 550 5.7.124");
    expect(owner.notes.join("\n")).toMatch(/Outlook på nettet/);
  });

  it("a group over 5,000 members (S5): ask the moderator", async () => {
    const ex = await explain("largeGroup");
    const moderator = draftsFor(ex, 0, onItem).find((d) => d.kind === "ask-moderator")!;
    expect(moderator.to).toEqual([]);
    expect(moderator.subject).toBe("Please approve my message to all-staff@contoso.com");
    expect(moderator.textBody).toContain("RESOLVER.GRP.Blocked.NeedsSenderRestrictions");
  });

  it("a recipient that does not accept the sender (S1): ask postmaster@ their domain, copying their other address", async () => {
    const ex = await explain("recipientRestricted");
    const admin = draftsFor(ex, 0, { ...onItem, recipientOtherAddress: "ola.nordmann@example.net" }).find(
      (d) => d.kind === "contact-recipient-admin",
    )!;
    expect(admin).toMatchObject({
      to: ["postmaster@fabrikam.example"],
      cc: ["ola.nordmann@example.net"],
      subject: "My email to ola@fabrikam.example was refused (550 5.7.1)",
    });
    expect(admin.textBody).toContain("Sender: kari@contoso.com");
  });

  it("Spamhaus: the list's own page as a link, no delist draft", async () => {
    const ex = await explain("spamhaus");
    const r = ex.recipients[0];
    const third = r.diagnosis.actions.find((a) => a.kind === "third-party-delist")!;
    expect(linkFor(third, r.diagnosis.names)).toMatch(/^https:\/\/(check|www)\.spamhaus\.org\//);
    expect(draftsFor(ex, 0, onItem).map((d) => d.kind)).not.toContain("forward-to-delist");
  });

  it("offers nothing for something that is not a bounce", async () => {
    const ex = await explainBounce({ kind: "text", text: "Hi Kari, lunch on Friday?" });
    expect(draftsFor(ex, 0, onItem)).toEqual([]);
  });
});

describe("a post a list holds for its moderator", () => {
  const held = new URL("../../fixtures/engine/moderation/m01-mailman2-non-member.eml", import.meta.url);
  const explainHeld = async (language: Language) =>
    explainBounce({ kind: "bytes", data: new Uint8Array(readFileSync(held)) }, { language });

  it("asks the moderator to approve the held message, says it waits, and promises no resend", async () => {
    const ex = await explainHeld("en");
    const drafts = draftsFor(ex, 0, onItem);
    expect(drafts.map((d) => d.kind)).toContain("ask-moderator");
    const ask = drafts.find((d) => d.kind === "ask-moderator")!;
    expect(ask.textBody).toContain("My message to birders@lists.example.org is waiting for a moderator's approval.");
    expect(ask.textBody).toContain("I won't send it again in the meantime.");
    expect(ask.textBody).not.toContain("was not delivered");
  });

  it("says the same in Norwegian", async () => {
    const ex = await explainHeld("nb");
    const ask = draftsFor(ex, 0, { ...onItem, language: "nb" }).find((d) => d.kind === "ask-moderator")!;
    expect(ask.textBody).toContain("venter på godkjenning fra en moderator");
    expect(ask.textBody).toContain("Jeg sender den ikke på nytt i mellomtiden.");
  });
});
