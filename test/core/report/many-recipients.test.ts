/**
 * A bounce to hundreds of recipients (a real Exchange NDR can list 500) is explained recipient by
 * recipient: every one appears with its own address, status, reply code and reply, never merged
 * and never dropped. The fixtures are built by test/fuzz/many-recipients.ts in the shapes of the
 * corpus's Postfix and classic Exchange bounces; how fast this runs is measured by
 * bench/many-recipients.bench.ts and the fuzz job, not here.
 */
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import type { BounceInput } from "../../../src/core/types.js";
import { manyRecipientsNdr, recipientsFor, type ManyRecipientsShape } from "../../fuzz/many-recipients.js";

const COUNT = 500;

function inputOf(shape: ManyRecipientsShape): BounceInput {
  const text = manyRecipientsNdr(shape, COUNT);
  return shape === "pasted" ? { kind: "text", text } : { kind: "bytes", data: new TextEncoder().encode(text) };
}

describe.each<ManyRecipientsShape>(["postfix", "exchange", "pasted"])("a %s bounce to 500 recipients", (shape) => {
  it("explains all 500, each with its own facts", async () => {
    const explanation = await explainBounce(inputOf(shape), { language: "nb" });
    const expected = recipientsFor(COUNT);
    expect(explanation.report.recipients).toHaveLength(COUNT);
    expect(explanation.recipients).toHaveLength(COUNT);
    expect(new Set(explanation.report.recipients.map((r) => r.address)).size).toBe(COUNT);
    explanation.recipients.forEach((recipient, i) => {
      const want = expected[i]!;
      expect(recipient.facts.address).toBe(want.address);
      expect(recipient.facts.status).toBe(want.status);
      expect(recipient.facts.replyCode).toBe(want.replyCode);
      expect(recipient.facts.diagnostic).toContain(want.words.split(";")[0]);
      expect(recipient.diagnosis.names.recipient).toBe(want.address);
      expect(recipient.verdict).not.toBe("");
    });
  });
});
