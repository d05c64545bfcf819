// Every sample file of the preview page goes through the real pipeline and reaches the cause it was
// written for; the fake one is flagged. The files say where their shape comes from (# source:).
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../src/core/index.js";
import { samples } from "../../src/preview/samples/files.js";
import { parseSampleFile, sortSamples } from "../../src/preview/samples/sample-file.js";
import type { BounceInput } from "../../src/core/types.js";

const encoder = new TextEncoder();

function inputOf(sample: (typeof samples)[number]): BounceInput {
  return sample.format === "text"
    ? { kind: "text", text: sample.content }
    : { kind: "bytes", data: encoder.encode(sample.content), name: `${sample.name}.eml` };
}

describe("preview samples", () => {
  it("has at least 15 samples with unique names, Norwegian ones, a forwarded, a pasted and a fake one", () => {
    expect(samples.length).toBeGreaterThanOrEqual(15);
    expect(new Set(samples.map((s) => s.name)).size).toBe(samples.length);
    expect(samples.some((s) => s.ndrLanguage === "nb")).toBe(true);
    expect(samples.some((s) => s.name === "forwarded-attachment")).toBe(true);
    expect(samples.some((s) => s.name === "fake-bounce")).toBe(true);
    expect(samples.some((s) => s.format === "text")).toBe(true);
    const seeds = new Set(samples.map((s) => s.seed).filter(Boolean));
    for (let n = 1; n <= 12; n++) expect(seeds.has(`S${n}`), `seed S${n}`).toBe(true);
  });

  it("keeps every sample small and says where it comes from", () => {
    for (const s of samples) {
      const size = s.attachments ? s.attachments.reduce((n, a) => n + a.content.length, 0) : s.content.length;
      expect(size, s.name).toBeLessThan(8_000);
      expect(s.source.length, s.name).toBeGreaterThan(20);
      expect(s.content, s.name).not.toMatch(/^# /m); // the loader's lines never reach the pane
    }
  });

  for (const sample of samples) {
    it(`${sample.name} explains as ${sample.expectedCause}`, async () => {
      const input = sample.attachments
        ? { kind: "bytes" as const, data: encoder.encode(sample.attachments[0]!.content) }
        : inputOf(sample);
      const explanation = await explainBounce(input, { language: "en" });
      if (sample.expectedCause === "*") {
        expect(explanation.trust.suspicious).toBe(true);
        return;
      }
      expect(explanation.trust.suspicious).toBe(false);
      expect(explanation.report.kind).toBe(sample.expectedKind);
      expect(explanation.recipients[0]?.diagnosis.causeId).toBe(sample.expectedCause);
    });
  }

  it("the forwarded sample is unwrapped and remembers who forwarded it", async () => {
    const sample = samples.find((s) => s.name === "forwarded-attachment")!;
    const explanation = await explainBounce(inputOf(sample), { language: "nb" });
    expect(explanation.report.message.wrapper?.from).toMatch(/per\.haugen@contoso\.com/);
    expect(explanation.recipients[0]?.facts.address).toBe("purchasing@fabrikam.com");
  });
});

describe("a sample file", () => {
  const head = "# title.en: One\n# title.nb: Én\n# cause: MAILBOX_FULL\n# source: written for this test\n";

  it("is its # lines and the message after them, named after the file", () => {
    const sample = parseSampleFile("./full-box.eml", `${head}# seed: S3\nFrom: a@example.org\n\nbody\n`);
    expect(sample).toMatchObject({
      name: "full-box",
      title: { en: "One", nb: "Én" },
      seed: "S3",
      expectedCause: "MAILBOX_FULL",
      ndrLanguage: "en",
      format: "eml",
      content: "From: a@example.org\n\nbody\n",
    });
    expect(parseSampleFile("pasted.txt", `${head}text`).format).toBe("text");
  });

  it("splits a message with several bounces at its # attachment lines", () => {
    const sample = parseSampleFile(
      "two.eml",
      `${head}# attachment: a.eml\nFrom: a\n\n1\n# attachment: b.eml\nFrom: b\n\n2\n`,
    );
    expect(sample.attachments).toEqual([
      { name: "a.eml", content: "From: a\n\n1\n" },
      { name: "b.eml", content: "From: b\n\n2\n" },
    ]);
  });

  it("refuses a file without a title, cause or source, or with another extension", () => {
    expect(() => parseSampleFile("x.eml", "# title.en: X\nFrom: a\n")).toThrow(/title\.nb/);
    expect(() => parseSampleFile("x.msg", head)).toThrow(/\.eml or/);
  });

  it("lists the seed article's causes first, in order", () => {
    const make = (name: string, seed?: string) => ({ ...parseSampleFile(`${name}.eml`, head), seed });
    expect(sortSamples([make("z"), make("b", "S10"), make("a", "S2")]).map((s) => s.name)).toEqual(["a", "b", "z"]);
  });
});
