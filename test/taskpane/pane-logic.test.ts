// The pane's pure decisions, checked in Node: language from Office's locale, the default tab,
// what a suspicious bounce may still offer, the highlighted evidence span, where the delivery
// path stopped, and the preview's URL parameters. Report objects are built by hand here in the
// shape src/core/types.ts defines.
import { describe, expect, it } from "vitest";
import type { DeliveryReport, RecipientExplanation } from "../../src/core/types.js";
import { readParams } from "../../src/preview/params.js";
import { allowedWhenSuspicious, defaultAudience, isDraftAction } from "../../src/taskpane/audience.js";
import { arrivalOf } from "../../src/taskpane/drafts.js";
import { highlight } from "../../src/taskpane/evidence.js";
import { languageFromLocale } from "../../src/taskpane/i18n.js";
import { deliveryPath } from "../../src/taskpane/path.js";

function report(partial: Partial<DeliveryReport> = {}): DeliveryReport {
  return {
    kind: "failed",
    format: "rfc3464",
    language: "en",
    recipients: [],
    hops: [],
    message: {
      headers: [],
      subject: "",
      from: "",
      to: [],
      contentType: "multipart/report",
      text: "",
      parts: [],
      source: "mime",
      problems: [],
    },
    problems: [],
    ...partial,
  };
}

function recipient(
  partial: { remoteMta?: string; fixOwner?: RecipientExplanation["diagnosis"]["fixOwner"]; address?: string } = {},
): RecipientExplanation {
  return {
    facts: {
      address: partial.address ?? "ola@fabrikam.com",
      action: "failed",
      diagnostic: "",
      format: "rfc3464",
      remoteMta: partial.remoteMta,
    },
    diagnosis: {
      causeId: "X",
      reason: "x",
      fixOwner: partial.fixOwner ?? "recipient-admin",
      permanent: true,
      confidence: 1,
      names: { groups: [] },
      actions: [],
    },
    verdict: "",
    title: "",
    guidance: { sender: [], owner: [], admin: [] },
  };
}

describe("pane logic", () => {
  it("maps every Norwegian locale to nb and the rest to en", () => {
    expect(["nb-NO", "nn-NO", "no", "NB", "nb_NO"].map(languageFromLocale)).toEqual(["nb", "nb", "nb", "nb", "nb"]);
    expect(["en-US", "sv-SE", "da-DK", "", undefined].map(languageFromLocale)).toEqual(["en", "en", "en", "en", "en"]);
  });

  it("opens the tab of whoever must act", () => {
    expect(defaultAudience("sender")).toBe("sender");
    expect(defaultAudience("recipient")).toBe("sender");
    expect(defaultAudience("group-owner")).toBe("owner");
    expect(defaultAudience("recipient-admin")).toBe("admin");
    expect(defaultAudience("sender-admin")).toBe("admin");
    expect(defaultAudience("provider")).toBe("admin");
  });

  it("keeps only copy actions on a suspicious bounce", () => {
    expect(allowedWhenSuspicious({ kind: "contact-recipient-admin" })).toBe(false);
    expect(allowedWhenSuspicious({ kind: "forward-to-delist" })).toBe(false);
    expect(allowedWhenSuspicious({ kind: "delist-portal", url: "https://sender.office.com/" })).toBe(false);
    expect(allowedWhenSuspicious({ kind: "admin-command", value: "Get-AcceptedDomain" })).toBe(true);
    expect(allowedWhenSuspicious({ kind: "copy-report" })).toBe(true);
    expect(isDraftAction({ kind: "ask-group-owner" })).toBe(true);
  });

  it("attaches the NDR only when the pane runs on it or on the message carrying it", () => {
    expect(arrivalOf("item-mime")).toBe("item");
    expect(arrivalOf("item-pieces")).toBe("item");
    expect(arrivalOf("attachment")).toBe("attachment");
    expect(arrivalOf("compose")).toBe("attachment");
    expect(arrivalOf("paste")).toBe("pasted");
    expect(arrivalOf("sample")).toBe("pasted");
  });

  it("highlights the evidence span, finding it again when the offset is stale", () => {
    const line = "Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'";
    const text = "RESOLVER.RST.NotAuthorized";
    expect(highlight({ line, text, start: line.indexOf(text) })).toEqual({
      before: "Remote Server returned '550 5.7.1 ",
      match: text,
      after: "; not authorized'",
    });
    expect(highlight({ line, text, start: 3 }).match).toBe(text);
    expect(highlight({ line, text: "absent", start: 0 })).toEqual({ before: line, match: "", after: "" });
  });

  it("marks their server when another system refused, with the real names", () => {
    const model = deliveryPath(
      report({ reportingMta: "dns; mail.contoso.com" }),
      recipient({ remoteMta: "dns; mx.fabrikam.com" }),
    );
    expect(model).toMatchObject({
      yourServer: "mail.contoso.com",
      theirServer: "mx.fabrikam.com",
      stoppedAt: "theirServer",
    });
  });

  it("puts a report written inside the recipient's domain on their side", () => {
    const model = deliveryPath(report({ generatingServer: "EX01.fabrikam.com" }), recipient({ fixOwner: "sender" }));
    expect(model).toMatchObject({ theirServer: "EX01.fabrikam.com", yourServer: undefined, stoppedAt: "theirServer" });
  });

  it("stops at our server when our own side refused", () => {
    const model = deliveryPath(
      report({ generatingServer: "VI1PR08MB2222.eurprd08.prod.outlook.com" }),
      recipient({ fixOwner: "sender-admin" }),
    );
    expect(model).toMatchObject({ yourServer: "VI1PR08MB2222.eurprd08.prod.outlook.com", stoppedAt: "yourServer" });
  });

  it("reads only the preview's known URL parameters", () => {
    expect(readParams("?sample=gmail-spf&lang=nb&theme=dark")).toEqual({
      sample: "gmail-spf",
      language: "nb",
      theme: "dark",
    });
    expect(readParams("?lang=de&theme=blue")).toEqual({ sample: undefined, language: undefined, theme: undefined });
  });
});
