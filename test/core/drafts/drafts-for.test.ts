// draftsFor offers only the drafts the diagnosis's actions call for; buildDraft builds any draft kind.
import { describe, expect, it } from "vitest";
import { DRAFT_KINDS, arrivalFromWay, buildDraft, draftsFor, isDraftKind } from "../../../src/core/drafts/index.js";
import type { DraftContext } from "../../../src/core/drafts/index.js";
import {
  blocklistRecipient,
  explanation,
  moderatedRecipient,
  recipientBlocksSender,
  restrictedGroupRecipient,
} from "./fixtures.js";

const context: DraftContext = { language: "en", arrival: "item", helpDeskAddress: "helpdesk@contoso.com" };

describe("draftsFor", () => {
  it("returns the drafts of the recipient's action kinds, in their order, skipping links and copy", () => {
    const ex = explanation([blocklistRecipient()]);
    expect(draftsFor(ex, 0, context).map((d) => d.kind)).toEqual(["forward-to-delist", "contact-own-admin"]);
  });

  it("looks at each recipient on its own", () => {
    const ex = explanation([restrictedGroupRecipient(), recipientBlocksSender(), moderatedRecipient()]);
    expect(draftsFor(ex, 0, context).map((d) => d.kind)).toEqual(["ask-group-owner", "contact-own-admin"]);
    expect(draftsFor(ex, 1, context).map((d) => d.kind)).toEqual(["contact-recipient-admin"]);
    expect(draftsFor(ex, 2, context).map((d) => d.kind)).toEqual(["ask-moderator"]);
  });

  it("also picks up actions carried only by guidance steps, once", () => {
    const r = recipientBlocksSender();
    r.guidance.sender.push(
      { text: "Ask your IT", action: { kind: "contact-own-admin" } },
      { text: "again", action: { kind: "contact-recipient-admin" } },
    );
    expect(draftsFor(explanation([r]), 0, context).map((d) => d.kind)).toEqual([
      "contact-recipient-admin",
      "contact-own-admin",
    ]);
  });

  it("returns nothing for a missing recipient or a diagnosis without draft actions", () => {
    const r = recipientBlocksSender();
    r.diagnosis.actions = [{ kind: "admin-command", value: "Get-Mailbox" }];
    expect(draftsFor(explanation([r]), 0, context)).toEqual([]);
    expect(draftsFor(explanation([r]), 5, context)).toEqual([]);
    expect(draftsFor(explanation([]), 0, context)).toEqual([]);
  });
});

describe("buildDraft", () => {
  it("builds every draft kind on request and refuses the rest", () => {
    const ex = explanation([restrictedGroupRecipient()]);
    for (const kind of DRAFT_KINDS) expect(buildDraft(kind, ex, 0, context)?.kind).toBe(kind);
    expect(buildDraft("delist-portal", ex, 0, context)).toBeUndefined();
    expect(buildDraft("copy-report", ex, 0, context)).toBeUndefined();
    expect(isDraftKind("third-party-delist")).toBe(false);
  });
});

describe("a bounce that may be fake", () => {
  it("still gets its drafts, each with a warning first", () => {
    const ex = explanation([blocklistRecipient()], {
      trust: { suspicious: true, reasons: ["sender-not-system"], score: 0.2 },
    });
    const drafts = draftsFor(ex, 0, { ...context, language: "nb" });
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(d.notes[0]).toMatch(/^NDR Explainer mener at denne returmeldingen kan være falsk/);
    expect(buildDraft("forward-to-delist", ex, 0, context)!.notes[0]).toMatch(/may be fake/);
    expect(
      buildDraft("forward-to-delist", explanation([blocklistRecipient()]), 0, context)!.notes.join(" "),
    ).not.toMatch(/fake/);
  });
});

describe("arrivalFromWay", () => {
  it("maps the host's ways in to what can be attached", () => {
    expect(arrivalFromWay("item-mime")).toBe("item");
    expect(arrivalFromWay("item-pieces")).toBe("item");
    expect(arrivalFromWay("compose")).toBe("item");
    expect(arrivalFromWay("attachment")).toBe("attachment");
    expect(arrivalFromWay("paste")).toBe("pasted");
    expect(arrivalFromWay("sample")).toBe("pasted");
  });
});
