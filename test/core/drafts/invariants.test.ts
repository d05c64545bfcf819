// Every draft, from every sample NDR, in both languages and every way the NDR arrived, is one Outlook accepts.
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import { DRAFT_KINDS, buildDraft } from "../../../src/core/drafts/index.js";
import type { NdrArrival } from "../../../src/core/drafts/index.js";
import {
  MAX_HTML_BODY_BYTES,
  MAX_RECIPIENTS_PER_FIELD,
  MAX_SUBJECT_LENGTH,
  isPlausibleAddress,
  utf8Length,
} from "../../../src/core/limits.js";
import { explanation, recipient } from "./fixtures.js";
import { samples } from "./ndr-samples.js";

const arrivals: NdrArrival[] = ["item", "attachment", "pasted"];

describe("draft invariants", () => {
  it("hold for every kind × sample × language × arrival", async () => {
    let checked = 0;
    for (const text of Object.values(samples)) {
      for (const language of ["en", "nb"] as const) {
        const ex = await explainBounce({ kind: "text", text }, { language });
        for (const arrival of arrivals) {
          for (const kind of DRAFT_KINDS) {
            const draft = buildDraft(kind, ex, 0, { language, arrival, helpDeskAddress: "helpdesk@contoso.com" })!;
            expect(draft.subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
            expect(draft.subject).not.toMatch(/[\r\n]/);
            expect(utf8Length(draft.htmlBody)).toBeLessThanOrEqual(MAX_HTML_BODY_BYTES);
            if (draft.htmlBodyIfNotAttached)
              expect(utf8Length(draft.htmlBodyIfNotAttached)).toBeLessThanOrEqual(MAX_HTML_BODY_BYTES);
            for (const field of [draft.to, draft.cc]) {
              expect(field.length).toBeLessThanOrEqual(MAX_RECIPIENTS_PER_FIELD);
              for (const address of field) expect(isPlausibleAddress(address)).toBe(true);
            }
            expect(draft.htmlBody).not.toMatch(/\{\w+\}/); // no placeholder left unfilled
            expect(draft.textBody).not.toMatch(/\{\w+\}/);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(Object.keys(samples).length * 2 * arrivals.length * DRAFT_KINDS.length);
  });

  it("hold for absurd names: a 1,000-character group name and a reply full of markup", () => {
    const r = recipient({
      address: "g@contoso.com",
      status: "5.7.124",
      diagnostic: "<b>".repeat(3000) + "&amp;".repeat(3000),
      actions: ["ask-group-owner"],
      groups: ["Gruppe æøå 😀 ".repeat(80)],
    });
    for (const kind of DRAFT_KINDS) {
      const draft = buildDraft(kind, explanation([r]), 0, { language: "nb", arrival: "pasted" })!;
      expect(draft.subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
      expect(utf8Length(draft.htmlBody)).toBeLessThanOrEqual(MAX_HTML_BODY_BYTES);
      expect(draft.htmlBody).not.toContain("<b>");
    }
  });
});
