import { describe, expect, it } from "vitest";
import { MICROSOFT_DELIST_ADDRESS, buildDraft, isPortalCode } from "../../../src/core/drafts/index.js";
import { MAX_HTML_BODY_BYTES, utf8Length } from "../../../src/core/limits.js";
import { blocklistRecipient, explanation, recipient } from "./fixtures.js";

describe("forward-to-delist draft", () => {
  it("goes to Microsoft's delist desk, in English, with the NDR attached when running on the NDR", () => {
    const draft = buildDraft("forward-to-delist", explanation([blocklistRecipient()]), 0, {
      language: "en",
      arrival: "item",
    })!;
    expect(draft.to).toEqual([MICROSOFT_DELIST_ADDRESS]);
    expect(MICROSOFT_DELIST_ADDRESS).toBe("delist@messaging.microsoft.com");
    expect(draft.attachNdrItem).toBe(true);
    expect(draft.subject).toBe("Delisting request for IP address 192.0.2.10");
    expect(draft.textBody).toContain(
      "Microsoft 365 refuses mail from our server at 192.0.2.10 because the address is on your blocklist.",
    );
    expect(draft.textBody).toContain("Could you remove 192.0.2.10 from the list?");
    expect(draft.textBody).not.toContain("abc123"); // the original's Message-ID
    expect(draft.htmlBody).toContain("The bounce (NDR) is attached.");
    expect(draft.htmlBody).toContain(
      '<th style="text-align:left;vertical-align:top;padding:2px 12px 2px 0">Blocklist</th><td style="text-align:left;vertical-align:top;padding:2px 12px 2px 0">Blocklist 1</td>',
    );
    expect(draft.htmlBody).not.toContain("The bounce (NDR):");
    expect(draft.notes[0]).toMatch(/only once the cause is fixed/);
  });

  it("keeps the NDR's text for when it cannot be attached after all: in the copy text and a fallback HTML body", () => {
    const draft = buildDraft("forward-to-delist", explanation([blocklistRecipient()]), 0, {
      language: "en",
      arrival: "item",
    })!;
    expect(draft.textBody).toContain("The full bounce (NDR) follows below.");
    expect(draft.textBody).toContain("The bounce (NDR):\n\nFrom: Microsoft Outlook");
    expect(draft.textBody).not.toContain("is attached");
    expect(draft.htmlBodyIfNotAttached).toContain("The full bounce (NDR) follows below.");
    expect(draft.htmlBodyIfNotAttached).toContain("Delivery has failed to these recipients or groups:");
    const pasted = buildDraft("forward-to-delist", explanation([blocklistRecipient()]), 0, {
      language: "en",
      arrival: "pasted",
    })!;
    expect(pasted.htmlBodyIfNotAttached).toBeUndefined();
  });

  it("attaches the carrying message when the NDR came as an attachment", () => {
    const draft = buildDraft("forward-to-delist", explanation([blocklistRecipient()]), 0, {
      language: "en",
      arrival: "attachment",
    })!;
    expect(draft.attachNdrItem).toBe(true);
  });

  it("puts the NDR's full text (headers, body, delivery-status part) in the body when it was pasted", () => {
    const ex = explanation(
      [blocklistRecipient()],
      {},
      {
        parts: [
          {
            contentType: "message/delivery-status",
            text: "Reporting-MTA: dns;DB9PR01MB5678.eurprd01.prod.outlook.com\n\nFinal-Recipient: rfc822;ola@fabrikam.example\nAction: failed\nStatus: 5.7.1",
          },
        ],
      },
    );
    const draft = buildDraft("forward-to-delist", ex, 0, { language: "en", arrival: "pasted" })!;
    expect(draft.attachNdrItem).toBeUndefined();
    expect(draft.textBody).toContain("The full bounce (NDR) follows below.");
    expect(draft.textBody).toContain(
      "The bounce (NDR):\n\nFrom: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>",
    );
    expect(draft.textBody).toContain("Message-ID: <ndr-1@contoso.com>");
    expect(draft.textBody).toContain("Delivery has failed to these recipients or groups:");
    expect(draft.textBody).toContain("Final-Recipient: rfc822;ola@fabrikam.example");
    expect(draft.htmlBody).toContain(
      "From: Microsoft Outlook &lt;MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com&gt;",
    );
    expect(draft.notes.join(" ")).toMatch(/its full text is in the message/);
  });

  it("keeps a huge pasted NDR within Outlook's limit", () => {
    const huge = Array.from(
      { length: 3000 },
      (_, i) =>
        `Received: from relay${i}.example by mx.example; Mon, 30 Nov 2026 08:14:${String(i % 60).padStart(2, "0")} +0000`,
    ).join("\n");
    const draft = buildDraft("forward-to-delist", explanation([blocklistRecipient()], {}, { text: huge }), 0, {
      language: "en",
      arrival: "pasted",
    })!;
    expect(utf8Length(draft.htmlBody)).toBeLessThanOrEqual(MAX_HTML_BODY_BYTES);
    expect(draft.htmlBody).toContain("Microsoft 365 refuses mail from our server at 192.0.2.10");
    expect(draft.htmlBody).toMatch(/\n<\/pre><\/div><p>\[The rest was left out/);
  });

  it("keeps the message in English for a Norwegian user and says why, unless asked for Norwegian", () => {
    const en = buildDraft("forward-to-delist", explanation([blocklistRecipient()]), 0, {
      language: "nb",
      arrival: "item",
    })!;
    expect(en.subject).toBe("Delisting request for IP address 192.0.2.10");
    expect(en.notes).toContain(
      "Microsofts tjeneste for fjerning fra blokkeringslisten arbeider på engelsk, så meldingen er skrevet på engelsk.",
    );
    expect(en.notes[0]).toMatch(/^Send dette først når årsaken er rettet/);
    const nb = buildDraft("forward-to-delist", explanation([blocklistRecipient()]), 0, {
      language: "nb",
      draftLanguage: "nb",
      arrival: "item",
    })!;
    expect(nb.subject).toBe("Forespørsel om fjerning fra blokkeringslisten for IP-adressen 192.0.2.10");
    expect(nb.htmlBody).toContain("Returmeldingen er vedlagt.");
    expect(nb.notes.join(" ")).not.toMatch(/engelsk/);
  });

  it("finds the IP in the reply when the diagnosis did not name it, and points 5.7.606–649 to the portal", () => {
    const r = recipient({
      address: "ola@fabrikam.example",
      status: "5.7.606",
      replyCode: "550",
      diagnostic:
        "550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions.",
      actions: ["delist-portal", "forward-to-delist"],
    });
    const draft = buildDraft("forward-to-delist", explanation([r]), 0, { language: "en", arrival: "item" })!;
    expect(draft.subject).toBe("Delisting request for IP address 198.51.100.222");
    expect(draft.notes.join(" ")).toContain("sender.office.com");
    expect(isPortalCode("5.7.606")).toBe(true);
    expect(isPortalCode("5.7.649")).toBe(true);
    expect(isPortalCode("5.7.650")).toBe(false);
    expect(isPortalCode("5.7.1")).toBe(false);
  });

  it("reads without an IP too", () => {
    const r = recipient({
      address: "ola@fabrikam.example",
      diagnostic: "550 blocked using Blocklist 1",
      actions: ["forward-to-delist"],
    });
    const draft = buildDraft("forward-to-delist", explanation([r]), 0, { language: "en", arrival: "item" })!;
    expect(draft.subject).toBe("Delisting request");
    expect(draft.textBody).toContain(
      "Microsoft 365 refuses mail from our server because its IP address is on your blocklist.",
    );
  });
});
