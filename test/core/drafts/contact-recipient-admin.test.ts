import { describe, expect, it } from "vitest";
import { buildDraft } from "../../../src/core/drafts/index.js";
import { explanation, recipient, recipientBlocksSender } from "./fixtures.js";

describe("contact-recipient-admin draft", () => {
  it("goes to postmaster@ of the recipient's domain with the facts their admin needs", () => {
    const draft = buildDraft("contact-recipient-admin", explanation([recipientBlocksSender()]), 0, {
      language: "en",
      arrival: "item",
    })!;
    expect(draft.to).toEqual(["postmaster@fabrikam.example"]);
    expect(draft.cc).toEqual([]);
    expect(draft.subject).toBe("My email to ola@fabrikam.example was refused (550 5.7.1)");
    for (const fact of [
      "Recipient: ola@fabrikam.example",
      "Sender: kari@contoso.com",
      "Status code: 550 5.7.1",
      "Server's reply: 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
      "The recipient's server: AM0PR01MB1234.eurprd01.prod.outlook.com",
      "Server that wrote the bounce: DB9PR01MB5678.eurprd01.prod.outlook.com",
      "Date and time (UTC): 2026-11-30 08:15:00 UTC",
      "Subject of the original message: Quarterly figures",
      "Message-ID of the original message: <abc123@contoso.com>",
    ]) {
      expect(draft.textBody).toContain(fact);
    }
    expect(draft.htmlBody).toContain("&lt;abc123@contoso.com&gt;");
    expect(draft.htmlBody).not.toContain("<abc123@");
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
    expect(draft.textBody).toMatch(/^Hei,\n\nJeg prøvde å sende en e-post til ola@fabrikam\.example/);
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
