// Issue 12: the JSON record grows `displayName` and `retryLater`; the text output names a recipient
// known only by display name, and says when sending again later may work.
import { describe, expect, it } from "vitest";
import { makeColors } from "../../src/cli/color.js";
import { textFormatter } from "../../src/cli/format/text.js";
import { inputRecord } from "../../src/cli/record.js";
import { explanation, recipient } from "./sample-explanation.js";

describe("record fields added in issue 12", () => {
  it("carries displayName (null when an address is given) and retryLater", () => {
    const byName = recipient({ address: "" });
    byName.facts.displayName = "Ola Nordmann";
    byName.diagnosis.retryLater = true;
    const record = inputRecord("a.eml", explanation("failed", [byName, recipient()]), {
      audiences: ["sender"],
      onlyFailed: false,
    });
    expect(record.recipients[0]).toMatchObject({ address: "", displayName: "Ola Nordmann", retryLater: true });
    expect(record.recipients[1]).toMatchObject({ address: "carol@example.com", displayName: null, retryLater: false });
  });

  it("text output shows the display name and that sending later may work", () => {
    const byName = recipient({ address: "" });
    byName.facts.displayName = "Ola Nordmann";
    byName.diagnosis.retryLater = true;
    const formatter = textFormatter({
      language: "en",
      audiences: ["sender"],
      onlyFailed: false,
      colors: makeColors(false),
    });
    const text = formatter.input({ file: "a.eml", explanation: explanation("failed", [byName]) });
    expect(text).toContain("✗ Ola Nordmann");
    expect(text).toContain("sending again later may work");
  });

  it("names a challenge-response message as what it is", () => {
    const formatter = textFormatter({
      language: "nb",
      audiences: ["sender"],
      onlyFailed: false,
      colors: makeColors(false),
    });
    const text = formatter.input({ file: "c.eml", explanation: explanation("challenge", []) });
    expect(text).toContain("bekreftelsesforespørsel (ikke en returmelding)");
  });
});
