import { describe, expect, it } from "vitest";
import { buildDraft } from "../../../src/core/drafts/index.js";
import { MAX_HTML_BODY_BYTES, utf8Length } from "../../../src/core/limits.js";
import { blocklistRecipient, explanation, restrictedGroupRecipient } from "./fixtures.js";

describe("contact-own-admin draft", () => {
  it("goes to your IT department with the ask and the bounce itself, not our technical report", () => {
    const ex = explanation([blocklistRecipient(), restrictedGroupRecipient()]);
    const draft = buildDraft("contact-own-admin", ex, 0, {
      language: "en",
      arrival: "item",
      helpDeskAddress: "helpdesk@contoso.com",
    })!;
    expect(draft.to).toEqual(["helpdesk@contoso.com"]);
    expect(draft.subject).toBe("Help needed: my email to ola@fabrikam.example bounced (550 5.7.1)");
    expect(draft.textBody).toContain(
      "An email I sent to ola@fabrikam.example came back undelivered: Your mail server's IP address is on Microsoft's blocklist.\n\nCould you find out why 192.0.2.10 was listed",
    );
    expect(draft.attachNdrItem).toBe(true);
    expect(draft.htmlBody).toContain("The bounce (NDR) is attached.");
    // the copy text carries the bounce's own text, with none of our report's internal terms
    expect(draft.textBody).toContain("The bounce (NDR):\n\nFrom: Microsoft Outlook");
    expect(draft.textBody).not.toMatch(/technical report|looks genuine|score|Read as|Names found|Recipient 2 of 2/);
    expect(draft.notes).toEqual(["The bounce will be attached to the message."]);
  });

  it("leaves To empty and says how to set the help desk when none is set", () => {
    const draft = buildDraft("contact-own-admin", explanation([blocklistRecipient()]), 0, {
      language: "nb",
      arrival: "item",
    })!;
    expect(draft.to).toEqual([]);
    expect(draft.notes[0]).toMatch(/Adressen til IT-avdelingen din er ikke lagret/);
    expect(draft.subject).toBe("Trenger hjelp: E-posten min til ola@fabrikam.example kom i retur (550 5.7.1)");
  });

  it("notes an unusable help-desk address instead of handing it to Outlook", () => {
    const draft = buildDraft("contact-own-admin", explanation([blocklistRecipient()]), 0, {
      language: "en",
      arrival: "item",
      helpDeskAddress: "IT department",
    })!;
    expect(draft.to).toEqual([]);
    expect(draft.notes.join(" ")).toContain("Left out of the To line: IT department");
  });

  it("trims a huge pasted bounce below Outlook's 32 KB with a note, keeping the request and the facts", () => {
    const huge = Array.from(
      { length: 400 },
      (_, i) => `550 5.1.1 <user${i}@fabrikam.example>: Recipient address rejected: User unknown ${"ø".repeat(40)}`,
    ).join("\n");
    const draft = buildDraft("contact-own-admin", explanation([blocklistRecipient()], {}, { text: huge }), 0, {
      language: "en",
      arrival: "pasted",
      helpDeskAddress: "helpdesk@contoso.com",
    })!;
    expect(utf8Length(draft.htmlBody)).toBeLessThanOrEqual(MAX_HTML_BODY_BYTES);
    expect(draft.htmlBody).toContain("Could you find out why 192.0.2.10 was listed");
    expect(draft.htmlBody).toContain("Kind regards");
    expect(draft.htmlBody).toMatch(
      /\n<\/pre><\/div><p>\[The rest was left out to stay within Outlook&#39;s size limit/,
    );
    expect(draft.notes.join(" ")).toContain("shortened to fit Outlook's size limit");
    // the copy text is not limited by Outlook and stays whole
    expect(draft.textBody).toContain("user399@fabrikam.example");
  });
});
