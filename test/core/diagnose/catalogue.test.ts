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
