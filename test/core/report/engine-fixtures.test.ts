/**
 * Issue 12's own fixture set (test/fixtures/engine/<class>/): bounces of many mail systems, each
 * written for this project from a public description of its format (the X-Fixture-Note header and
 * the sidecar's `source` say which), each with its expected answer in a sidecar <name>.json: the
 * kind, per recipient the address (or display name), action, status, permanent and retryLater, and
 * addresses that must not be reported. See test/fixtures/engine/README.md.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import type { Explanation, RecipientExplanation } from "../../../src/core/types.js";
import { engineFixtureFiles } from "../../support/engine-fixtures.js";

interface ExpectedRecipient {
  address: string;
  displayName?: string;
  action: string;
  /** null: no status may be reported */
  status: string | null;
  permanent: boolean;
  retryLater: boolean;
  cause?: string;
}

interface Sidecar {
  source: string;
  kind: string;
  recipients: ExpectedRecipient[];
  notRecipients?: string[];
  notCauses?: string[];
  /** optional: the language the report must name (ISO 639-1) */
  language?: string;
}

interface Fixture {
  cls: string;
  name: string;
  eml: string;
  sidecar: Sidecar;
}

function fixtures(): Fixture[] {
  return engineFixtureFiles().map((file) => ({
    ...file,
    sidecar: JSON.parse(readFileSync(file.eml.replace(/\.eml$/, ".json"), "utf8")) as Sidecar,
  }));
}

const all = fixtures();

function keyOf(r: { address: string; displayName?: string }): string {
  return r.address ? r.address.toLowerCase() : `name:${r.displayName ?? ""}`;
}

function describeReported(explanation: Explanation): string {
  return explanation.recipients
    .map((r) => `${r.facts.address || `[${r.facts.displayName ?? ""}]`} ${r.facts.action} ${r.facts.status ?? "-"}`)
    .join(", ");
}

function check(explanation: Explanation, sidecar: Sidecar): void {
  const reported = explanation.recipients;
  const context = `reported: ${describeReported(explanation)}`;
  expect(explanation.report.kind, context).toBe(sidecar.kind);
  if (sidecar.language) expect(explanation.report.language, "language").toBe(sidecar.language);
  const byKey = new Map<string, RecipientExplanation>(reported.map((r) => [keyOf(r.facts), r]));
  for (const want of sidecar.recipients) {
    const got = byKey.get(keyOf(want));
    expect(got, `${keyOf(want)} not reported; ${context}`).toBeDefined();
    if (!got) continue;
    const label = keyOf(want);
    expect(got.facts.address.toLowerCase(), label).toBe(want.address.toLowerCase());
    if (want.displayName !== undefined) expect(got.facts.displayName, label).toBe(want.displayName);
    expect(got.facts.action, label).toBe(want.action);
    expect(got.facts.status ?? null, `${label} status`).toBe(want.status);
    expect(got.diagnosis.permanent, `${label} permanent`).toBe(want.permanent);
    expect(got.diagnosis.retryLater ?? false, `${label} retryLater (cause ${got.diagnosis.causeId})`).toBe(
      want.retryLater,
    );
    if (want.cause) expect(got.diagnosis.causeId, `${label} cause`).toBe(want.cause);
  }
  expect(reported.length, `recipient count; ${context}`).toBe(sidecar.recipients.length);
  const never = new Set((sidecar.notRecipients ?? []).map((a) => a.toLowerCase()));
  for (const r of reported) expect(never.has(r.facts.address.toLowerCase()), r.facts.address).toBe(false);
  for (const r of reported) expect(sidecar.notCauses ?? [], r.facts.address).not.toContain(r.diagnosis.causeId);
}

describe("issue 12 fixture set", () => {
  it("holds at least 120 bounces, each with a stated source", () => {
    const perClass = new Map<string, number>();
    for (const f of all) perClass.set(f.cls, (perClass.get(f.cls) ?? 0) + 1);
    console.log(`engine fixtures: ${all.length} (${[...perClass].map(([c, n]) => `${c} ${n}`).join(", ")})`);
    expect(all.length).toBeGreaterThanOrEqual(120);
    for (const f of all) {
      expect(f.sidecar.source.length, f.name).toBeGreaterThan(20);
      expect(readFileSync(f.eml, "utf8"), f.name).toMatch(/^X-Fixture-Note: |\nX-Fixture-Note: /);
    }
  });

  for (const f of all) {
    it(`${f.cls}/${f.name}`, async () => {
      const data = new Uint8Array(readFileSync(f.eml));
      const explanation = await explainBounce({ kind: "bytes", data, name: f.name });
      check(explanation, f.sidecar);
    });
  }
});
