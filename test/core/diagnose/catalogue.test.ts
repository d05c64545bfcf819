// Every cause in the catalogue diagnoses from a real-shaped reply line, and its data is complete.
import { describe, expect, it } from "vitest";
import { catalogue, diagnose } from "../../../src/core/diagnose/index.js";
import { hasKey } from "../../../src/core/i18n/index.js";
import { exchangeOnlineCodes, vectors } from "./vectors.js";
import { factsFor, reportFor } from "./helpers.js";

const FIX_OWNERS = ["sender", "sender-admin", "group-owner", "recipient", "recipient-admin", "provider"];

describe("cause catalogue", () => {
  it.each(vectors)("%s ← %s", (causeId, reply) => {
    const facts = factsFor(reply);
    const diagnosis = diagnose(reportFor(facts), facts);
    expect(diagnosis.causeId).toBe(causeId);
  });

  it.each(exchangeOnlineCodes)("status %s alone → %s", (status, causeId) => {
    const facts = factsFor("", { status });
    expect(diagnose(reportFor(facts), facts).causeId).toBe(causeId);
  });

  it("has at least 70 causes, each with a fixture line above", () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(70);
    const covered = new Set(vectors.map(([id]) => id));
    const missing = catalogue.map((c) => c.id).filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });

  it("gives every cause complete data: unique id, owner, reason, source, title and step texts in both languages", () => {
    const ids = new Set<string>();
    for (const cause of catalogue) {
      expect(ids.has(cause.id), cause.id).toBe(false);
      ids.add(cause.id);
      expect(FIX_OWNERS).toContain(cause.fixOwner);
      expect(cause.reason).toMatch(/^[a-z]+$/);
      expect(cause.source).toMatch(/^https:\/\//);
      expect(cause.match.length).toBeGreaterThan(0);
      expect(hasKey(`cause.${cause.id}.title`), `${cause.id} title`).toBe(true);
      for (const audience of ["sender", "owner", "admin"] as const) {
        expect(cause.guidance[audience].length, `${cause.id} ${audience}`).toBeGreaterThan(0);
        for (const step of cause.guidance[audience]) expect(hasKey(step.key), step.key).toBe(true);
      }
    }
  });

  it("compiles only patterns without nested quantifiers (cheap, linear-time matching)", () => {
    for (const cause of catalogue) {
      for (const rule of cause.match) {
        const texts = rule.text === undefined ? [] : Array.isArray(rule.text) ? rule.text : [rule.text as RegExp];
        for (const pattern of [...texts, ...(rule.also ?? [])]) {
          if (!pattern) continue;
          expect(pattern.source, cause.id).not.toMatch(/\([^)]*[*+]\)[*+{]/);
        }
      }
    }
  });
});

describe("localised NDR texts", () => {
  // Exchange writes the user text in the reader's language while the SMTP reply stays English and vague;
  // these sentences are shaped on that user text (our rendering, one per language we read).
  const bodies: [lang: string, body: string, causeId: string][] = [
    ["nb", "Du har ikke tillatelse til å sende til denne mottakeren.", "EXCH_NOT_AUTHORIZED"],
    ["de", "Sie haben keine Berechtigung, an diesen Empfänger zu senden.", "EXCH_NOT_AUTHORIZED"],
    ["fr", "Vous n'avez pas l'autorisation d'envoyer à ce destinataire.", "EXCH_NOT_AUTHORIZED"],
    ["es", "No tiene permiso para enviar a este destinatario.", "EXCH_NOT_AUTHORIZED"],
    ["nl", "U hebt geen toestemming om naar deze ontvanger te verzenden.", "EXCH_NOT_AUTHORIZED"],
    ["sv", "Du har inte behörighet att skicka till den här mottagaren.", "EXCH_NOT_AUTHORIZED"],
    ["da", "Du har ikke tilladelse til at sende til denne modtager.", "EXCH_NOT_AUTHORIZED"],
    ["nb", "Du har ikke tillatelse til å sende til gruppen Styret.", "EXO_GROUP_SENDER_NOT_ALLOWED"],
    ["sv", "Du har inte behörighet att skicka till gruppen Styrelsen.", "EXO_GROUP_SENDER_NOT_ALLOWED"],
  ];
  it.each(bodies)("%s: %s → %s", (_lang, body, causeId) => {
    const facts = factsFor("550 5.7.1 Delivery not authorized, message refused");
    expect(diagnose(reportFor(facts, body), facts).causeId).toBe(causeId);
  });

  it("lets the reply win over the human text", () => {
    const facts = factsFor("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found");
    expect(diagnose(reportFor(facts, "Du har ikke tillatelse til å sende til denne mottakeren."), facts).causeId).toBe(
      "RECIPIENT_UNKNOWN",
    );
  });
});
