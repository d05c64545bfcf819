import { describe, expect, it } from "vitest";
import { buildDraft } from "../../../src/core/drafts/index.js";
import { explanation, moderatedRecipient, recipient, restrictedGroupRecipient } from "./fixtures.js";

describe("ask-group-owner draft", () => {
  it("names the restricted groups, has no To (the NDR never names the owner) and explains how to find the owner", () => {
    const draft = buildDraft("ask-group-owner", explanation([restrictedGroupRecipient()]), 0, {
      language: "en",
      arrival: "item",
    })!;
    expect(draft.to).toEqual([]);
    expect(draft.subject).toBe("Permission to send to Sales Team and Sales Norway");
    expect(draft.textBody).toContain(
      "My message to Sales Team and Sales Norway was not delivered: You are not allowed to send to this group.",
    );
    expect(draft.textBody).toContain("Could you add me to the group's allowed senders list, or add me to the group?");
    expect(draft.textBody).toContain("Restricted groups: Sales Team, Sales Norway");
    expect(draft.textBody).toContain("Status code: 550 5.7.1");
    const notes = draft.notes.join("\n");
    expect(notes).toMatch(/Outlook on the web: .*select the group's name on its To line.*Owner/);
    expect(notes).toMatch(/Outlook for Windows or Mac: double-click the group's name.*Contact/);
  });

  it("falls back to the failed address when the NDR names no group, in Norwegian", () => {
    const r = recipient({
      address: "styret@contoso.com",
      status: "5.7.124",
      diagnostic: "550 5.7.124 Sender not in allowed-senders list",
      actions: ["ask-group-owner"],
    });
    const draft = buildDraft("ask-group-owner", explanation([r]), 0, { language: "nb", arrival: "item" })!;
    expect(draft.subject).toBe("Tillatelse til å sende til styret@contoso.com");
    expect(draft.textBody).toContain("liste over tillatte avsendere");
    expect(draft.notes.join("\n")).toMatch(/Outlook på nettet: .*Til-linjen.*Eier/);
    expect(draft.notes.join("\n")).toMatch(/Dobbeltklikk på gruppenavnet.*Kontakt/);
  });
});

describe("ask-moderator draft", () => {
  it("asks for approval, names the group and says the moderator is usually the owner", () => {
    const draft = buildDraft("ask-moderator", explanation([moderatedRecipient()]), 0, {
      language: "en",
      arrival: "item",
    })!;
    expect(draft.to).toEqual([]);
    expect(draft.subject).toBe("Please approve my message to All Staff");
    expect(draft.textBody).toContain("Could you approve my message, or add me to the group");
    expect(draft.textBody).toContain(
      "The bounce says:\n550 5.7.1 APPROVAL.NotAuthorized; message cannot be delivered.",
    );
    expect(draft.notes).toContain("The moderator is usually the group's owner, or someone the owner has named.");
  });

  it("reads in Norwegian", () => {
    const draft = buildDraft("ask-moderator", explanation([moderatedRecipient()]), 0, {
      language: "nb",
      arrival: "item",
    })!;
    expect(draft.subject).toBe("Kan du godkjenne meldingen min til All Staff?");
    expect(draft.textBody).toContain("Kan du godkjenne meldingen min, eller legge meg til i gruppen");
  });
});
