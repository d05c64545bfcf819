import { describe, expect, it } from "vitest";
import { buildDraft } from "../../../src/core/drafts/index.js";
import { explanation, recipient, recipientBlocksSender } from "./fixtures.js";

describe("contact-recipient-admin draft", () => {
  it("goes to postmaster@ of the recipient's domain with the ask, the deciding line and the facts their admin needs", () => {
    const draft = buildDraft("contact-recipient-admin", explanation([recipientBlocksSender()]), 0, {
      language: "en",
      arrival: "item",
    })!;
    expect(draft.to).toEqual(["postmaster@fabrikam.example"]);
    expect(draft.cc).toEqual([]);
    expect(draft.subject).toBe("My email to ola@fabrikam.example was refused (550 5.7.1)");
    for (const fact of [
      "Could you add kari@contoso.com to the senders ola@fabrikam.example accepts mail from?",
      "The bounce says:\n550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
      "Recipient: ola@fabrikam.example",
      "Sender: kari@contoso.com",
      "Status code: 550 5.7.1",
      "The recipient's server: AM0PR01MB1234.eurprd01.prod.outlook.com",
      "Date and time: 2026-11-30 08:15:00 UTC",
    ]) {
      expect(draft.textBody).toContain(fact);
    }
    // Neither the original's subject nor its Message-ID: the admin finds the message by sender, recipient and time.
    expect(draft.textBody).not.toMatch(/Quarterly figures|abc123/);
    expect(draft.htmlBody).not.toMatch(/Quarterly figures|abc123/);
    expect(draft.notes.join(" ")).toMatch(/postmaster@fabrikam\.example.*RFC 5321/);
    expect(draft.attachNdrItem).toBeUndefined();
  });

  it("copies the recipient's other address when the user typed one, and says so", () => {
    const draft = buildDraft("contact-recipient-admin", explanation([recipientBlocksSender()]), 0, {
      language: "en",
      arrival: "pasted",
      recipientOtherAddress: " ola.nordmann@example.net ",
    })!;
    expect(draft.cc).toEqual(["ola.nordmann@example.net"]);
    expect(draft.textBody).toContain("I have copied ola@fabrikam.example at another address");
  });

  it("is written in Norwegian for a Norwegian user", () => {
    const draft = buildDraft("contact-recipient-admin", explanation([recipientBlocksSender()]), 0, {
      language: "nb",
      arrival: "item",
    })!;
    expect(draft.subject).toBe("E-posten min til ola@fabrikam.example ble avvist (550 5.7.1)");
    expect(draft.textBody).toMatch(/^Hei,\n\nE-posten min til ola@fabrikam\.example ble ikke levert: /);
    expect(draft.textBody).toContain("Kan dere legge kari@contoso.com til blant avsenderne");
    expect(draft.textBody).toContain("Statuskode: 550 5.7.1");
    expect(draft.textBody).toContain("Vennlig hilsen");
    expect(draft.notes[0]).toContain("postmaster@fabrikam.example");
  });

  it("leaves To empty and says why when the recipient has no domain", () => {
    const r = recipient({ address: "ola", diagnostic: "550 not authorized", actions: ["contact-recipient-admin"] });
    const draft = buildDraft("contact-recipient-admin", explanation([r]), 0, { language: "en", arrival: "item" })!;
    expect(draft.to).toEqual([]);
    expect(draft.subject).toBe("My email to ola was refused");
    expect(draft.notes[0]).toMatch(/doesn't show the recipient's domain/);
  });

  it("escapes whatever the NDR puts in the HTML body", () => {
    const r = recipient({
      address: "ola@fabrikam.example",
      diagnostic: `550 <script>alert("x")</script> & <img src=x onerror=alert(1)>`,
      actions: ["contact-recipient-admin"],
    });
    const draft = buildDraft("contact-recipient-admin", explanation([r]), 0, { language: "en", arrival: "item" })!;
    expect(draft.htmlBody).not.toMatch(/<script|<img/);
    expect(draft.htmlBody).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img");
  });
});
