// Every built-in sample of the preview page goes through the real pipeline and reaches the cause
// it was written for; the fake one is flagged. The samples themselves say where their shape comes from.
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../src/core/index.js";
import { samples } from "../../src/preview/samples/index.js";

const encoder = new TextEncoder();

describe("preview samples", () => {
  it("has at least 15 samples with unique names, Norwegian ones, a forwarded one and a fake one", () => {
    expect(samples.length).toBeGreaterThanOrEqual(15);
    expect(new Set(samples.map((s) => s.name)).size).toBe(samples.length);
    expect(samples.some((s) => s.ndrLanguage === "nb")).toBe(true);
    expect(samples.some((s) => s.name === "forwarded-attachment")).toBe(true);
    expect(samples.some((s) => s.name === "fake-bounce")).toBe(true);
    const seeds = new Set(samples.map((s) => s.seed).filter(Boolean));
    for (let n = 1; n <= 12; n++) expect(seeds.has(`S${n}`), `seed S${n}`).toBe(true);
  });

  it("keeps every sample small", () => {
    for (const s of samples) {
      const size = (s.eml ?? "").length + (s.attachments ?? []).reduce((n, a) => n + a.eml.length, 0);
      expect(size, s.name).toBeLessThan(8_000);
    }
  });

  for (const sample of samples) {
    it(`${sample.name} explains as ${sample.expectedCause}`, async () => {
      const eml = sample.eml ?? sample.attachments![0]!.eml;
      const explanation = await explainBounce(
        { kind: "bytes", data: encoder.encode(eml), name: `${sample.name}.eml` },
        { language: "en" },
      );
      if (sample.name === "fake-bounce") {
        expect(explanation.trust.suspicious).toBe(true);
        return;
      }
      expect(explanation.trust.suspicious).toBe(false);
      expect(explanation.report.kind).toBe("failed");
      expect(explanation.recipients[0]?.diagnosis.causeId).toBe(sample.expectedCause);
    });
  }

  it("the forwarded sample is unwrapped and remembers who forwarded it", async () => {
    const sample = samples.find((s) => s.name === "forwarded-attachment")!;
    const explanation = await explainBounce({ kind: "bytes", data: encoder.encode(sample.eml!) }, { language: "nb" });
    expect(explanation.report.message.wrapper?.from).toMatch(/per\.haugen@contoso\.com/);
    expect(explanation.recipients[0]?.facts.address).toBe("purchasing@fabrikam.com");
  });
});
