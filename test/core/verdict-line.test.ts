// The ribbon's one-line verdict: notificationMessages allow at most 150 characters (office-js-facts.md §2).
import { describe, expect, it } from "vitest";
import { MAX_VERDICT_LINE, verdictLine } from "../../src/core/verdict-line.js";
import { blocklistRecipient, explanation, recipient, restrictedGroupRecipient } from "./drafts/fixtures.js";

describe("verdictLine", () => {
  it("tells the user to open the pane when there is nothing to read", () => {
    expect(verdictLine(undefined, "en")).toMatch(/^Nothing to read here\. Open NDR Explainer/);
    expect(verdictLine(undefined, "nb")).toMatch(/^Her er det ingenting å lese\. Åpne NDR Explainer/);
  });

  it("gives the first failed recipient's verdict with its code and how many more failed", () => {
    const line = verdictLine(explanation([blocklistRecipient(), restrictedGroupRecipient()]), "en");
    expect(line).toBe("The message to ola@fabrikam.example was refused. [5.7.1] (+1 more)");
  });

  it("warns first when the bounce may be fake", () => {
    const ex = explanation([blocklistRecipient()], { trust: { suspicious: true, reasons: [], score: 0.1 } });
    expect(verdictLine(ex, "nb")).toMatch(/^Obs, kan være falsk: The message to/);
  });

  it("never exceeds 150 characters, dropping the code first and then shortening at a word", () => {
    const r = recipient({
      address: "ola@fabrikam.example",
      status: "5.7.1",
      diagnostic: "x",
      actions: [],
      verdict: "Your message could not be delivered because ".repeat(6),
    });
    const ex = explanation([r, restrictedGroupRecipient()], { trust: { suspicious: true, reasons: [], score: 0.1 } });
    const line = verdictLine(ex, "en");
    expect(line.length).toBeLessThanOrEqual(MAX_VERDICT_LINE);
    expect(line).toMatch(/^Caution, may be fake: Your message .* could not be… \(\+1 more\)$/);
    expect(line).not.toContain("[5.7.1]");
  });

  it("falls back to its own words when the explanation has no verdict sentence", () => {
    const r = recipient({
      address: "ola@fabrikam.example",
      replyCode: "550",
      diagnostic: "x",
      actions: [],
      verdict: "",
    });
    expect(verdictLine(explanation([r]), "nb")).toBe("Ikke levert til ola@fabrikam.example. [550]");
  });

  it("names reports that are not bounces", () => {
    const ex = explanation([]);
    ex.report.kind = "auto-reply";
    expect(verdictLine(ex, "en")).toBe("Automatic reply (for example out of office), not a bounce.");
    ex.report.kind = "challenge";
    expect(verdictLine(ex, "en")).toBe(
      "Not a bounce: the recipient's email filter asks you to confirm that you sent the message.",
    );
    expect(verdictLine(ex, "nb")).toMatch(/^Ikke en returmelding: E-postfilteret hos mottakeren/);
    ex.report.kind = "not-a-report";
    expect(verdictLine(ex, "en")).toMatch(/doesn't look like a bounce/);
    ex.report.kind = "failed";
    expect(verdictLine(ex, "en")).toMatch(/no failed recipient was found/);
  });

  it("reports a delay as a delay", () => {
    const r = recipient({
      address: "ola@fabrikam.example",
      status: "4.4.7",
      diagnostic: "x",
      actions: [],
      verdict: "",
      action: "delayed",
    });
    const ex = explanation([r]);
    ex.report.kind = "delayed";
    expect(verdictLine(ex, "en")).toBe("Not delivered yet, the server is still trying: ola@fabrikam.example. [4.4.7]");
  });
});
