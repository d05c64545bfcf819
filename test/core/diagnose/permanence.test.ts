// Issue 12 item 6: `permanent` is the sending server's decision (failed → true, delayed → false);
// `retryLater` says whether sending again later may work, whatever the server decided.
import { describe, expect, it } from "vitest";
import { diagnose } from "../../../src/core/diagnose/index.js";
import type { RecipientAction } from "../../../src/core/types.js";
import { factsFor, reportFor } from "./helpers.js";

function diagnosed(reply: string, action: RecipientAction = "failed", status?: string) {
  const facts = factsFor(reply, status ? { action, status } : { action });
  const report = reportFor(facts);
  report.kind = action === "delayed" ? "delayed" : "failed";
  return diagnose(report, facts);
}

describe("permanent and retryLater", () => {
  it("a full mailbox that the server gave up on is permanent, and sending later may work", () => {
    const d = diagnosed("552 5.2.2 Mailbox full, quota exceeded");
    expect(d).toMatchObject({ permanent: true, retryLater: true });
  });

  it("a full mailbox the server is still retrying is not permanent", () => {
    const d = diagnosed("452 4.2.2 Mailbox full", "delayed");
    expect(d).toMatchObject({ permanent: false, retryLater: true });
  });

  it("an unknown user is permanent and sending later will not help", () => {
    expect(diagnosed("550 5.1.1 User unknown")).toMatchObject({ permanent: true, retryLater: false });
  });

  it("a failure that expired after transient replies only is permanent, and may work later", () => {
    const d = diagnosed("451 4.4.1 Connection timed out after 92 hours of retries");
    expect(d).toMatchObject({ permanent: true, retryLater: true });
  });

  it("a server that says to try again later (greylisting) may accept the message later", () => {
    const d = diagnosed("450 4.7.1 <a@example.org>: Recipient address rejected: Greylisted, please try again later");
    expect(d.retryLater).toBe(true);
  });

  it("a policy refusal is permanent and not a matter of waiting", () => {
    expect(diagnosed("554 5.7.1 Relay access denied")).toMatchObject({ permanent: true, retryLater: false });
  });

  it("a delivered recipient is neither", () => {
    const d = diagnosed("250 2.0.0 OK", "delivered");
    expect(d).toMatchObject({ permanent: false, retryLater: false });
  });
});
