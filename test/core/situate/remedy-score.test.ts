// The remedy score (issue 13) as a gate: every case in test/fixtures/remedy is explained with its
// label's context and scored (test/support/remedy-score.ts). The thresholds are the figures reached;
// raise them as answers improve, never lower them to let a regression through.
import { describe, expect, it } from "vitest";
import { loadRemedyCases, percent, report, scoreAll } from "../../support/remedy-score.js";

const GATE = { owner: 100, offers: 100, mentions: 100, harmfulCases: 0 };

describe("remedy score", () => {
  it("keeps who must act, actions offered, names mentioned and harmful answers at least as good as reached", async () => {
    const { figures, results } = await scoreAll(loadRemedyCases());
    const got = {
      owner: percent(figures.owner.ok, figures.owner.of),
      offers: percent(figures.offers.ok, figures.offers.of),
      mentions: percent(figures.mentions.ok, figures.mentions.of),
      harmfulCases: figures.harmful.cases,
    };
    const detail = report(results);
    expect(got.owner, detail).toBeGreaterThanOrEqual(GATE.owner);
    expect(got.offers, detail).toBeGreaterThanOrEqual(GATE.offers);
    expect(got.mentions, detail).toBeGreaterThanOrEqual(GATE.mentions);
    expect(got.harmfulCases, detail).toBeLessThanOrEqual(GATE.harmfulCases);
  }, 120_000);
});
