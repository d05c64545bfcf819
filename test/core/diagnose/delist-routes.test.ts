/**
 * Microsoft has two delisting routes and the NDR says which applies: a report that names its
 * blocklist ("Blocklist 1") or its desk (delist@messaging.microsoft.com) is forwarded there (seed
 * S8); a banned sending IP (5.7.606–649) is lifted through the delist portal. Reply lines shaped
 * after the catalogue's §3.D rows.
 */
import { describe, expect, it } from "vitest";
import { diagnose } from "../../../src/core/diagnose/index.js";
import { factsFor, reportFor } from "./helpers.js";

function actionKinds(reply: string): { cause: string; kinds: string[] } {
  const facts = factsFor(reply);
  const diagnosis = diagnose(reportFor(facts), facts);
  return { cause: diagnosis.causeId, kinds: diagnosis.actions.map((action) => action.kind) };
}

describe("Microsoft's delisting routes", () => {
  it("offers forwarding the NDR to the desk when Blocklist 1 is named, and not the portal", () => {
    const { cause, kinds } = actionKinds(
      "550 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com",
    );
    expect(cause).toBe("EOP_BLOCKLIST_1");
    expect(kinds).toContain("forward-to-delist");
    expect(kinds).not.toContain("delist-portal");
  });

  it("offers the delist portal for a banned sending IP (5.7.606-649), and not forwarding the NDR", () => {
    for (const code of ["5.7.606", "5.7.649"]) {
      const { cause, kinds } = actionKinds(
        `550 ${code} Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. (AS16012609)`,
      );
      expect(cause, code).toBe("EOP_BANNED_SENDING_IP");
      expect(kinds, code).toContain("delist-portal");
      expect(kinds, code).not.toContain("forward-to-delist");
    }
  });
});
