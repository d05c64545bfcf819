// The pane's pure decisions, checked in Node: language from Office's locale, the default tab,
// what a suspicious bounce may still offer, the highlighted evidence span, where the delivery
// path stopped, and the preview's URL parameters. Report objects are built by hand here in the
// shape src/core/types.ts defines.
import { describe, expect, it } from "vitest";
import type { DeliveryReport, Explanation, RecipientExplanation } from "../../src/core/types.js";
import { readParams } from "../../src/preview/params.js";
import { isDraftAction, primaryStepIndex, readerTab } from "../../src/taskpane/audience.js";
import { arrivalOf } from "../../src/taskpane/drafts.js";
import { highlight } from "../../src/taskpane/evidence.js";
import { languageFromLocale } from "../../src/taskpane/i18n.js";
import { liveCheck } from "../../src/taskpane/live-check.js";
import { sentenceAfterTitle } from "../../src/taskpane/verdict-text.js";
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

  it("opens on the reader's own tab: sender for their own bounce, admin for someone else's or by choice", () => {
    const bounce = (to: string[], wrapper?: { how: "attachment" }) =>
      ({
        report: report({ message: { ...report().message, to, ...(wrapper && { wrapper }) } }),
      }) as unknown as Explanation;
    const own = bounce(["Kari@Contoso.com"]);
    expect(readerTab(own, "kari@contoso.com")).toBe("sender");
    expect(readerTab(own, undefined)).toBe("sender"); // no signed-in reader: a bounce is read by its sender
    expect(readerTab(own, "servicedesk@contoso.com")).toBe("admin"); // addressed to someone else
    expect(readerTab(bounce(["kari@contoso.com"], { how: "attachment" }), "kari@contoso.com")).toBe("admin");
    expect(readerTab(own, "kari@contoso.com", "admin")).toBe("admin"); // chosen (or the organisation's default)
    expect(readerTab(own, "kari@contoso.com", "sender")).toBe("sender");
    expect(readerTab(bounce([]), "kari@contoso.com")).toBe("sender"); // pasted text: no To to go by
  });

  it("puts first the step that sends something, else the first step", () => {
    const text = (t: string) => ({ text: t });
    expect(primaryStepIndex([])).toBeUndefined();
    expect(primaryStepIndex([text("a"), { text: "b", action: { kind: "contact-own-admin" } }])).toBe(1);
    expect(primaryStepIndex([{ text: "a", action: { kind: "fix-address", value: "x@y.z" } }, text("b")])).toBe(0);
    expect(isDraftAction({ kind: "ask-group-owner" })).toBe(true);
    expect(isDraftAction({ kind: "copy-report" })).toBe(false);
  });

  it("links a printed MX or SPF value to a live lookup of that name, and nothing else", () => {
    const dns = (recordType: "MX" | "TXT" | "CNAME", host: string, value: string) =>
      liveCheck({ kind: "dns-record", recordType, host, value });
    expect(dns("MX", "Fabrikam.com.", "0 fabrikam-com.mail.protection.outlook.com")).toEqual({
      url: "https://toolbox.googleapps.com/apps/dig/#MX/fabrikam.com",
      record: "MX",
      host: "fabrikam.com",
    });
    expect(dns("TXT", "contoso.com", "v=spf1 include:spf.protection.outlook.com -all")?.record).toBe("SPF");
    expect(dns("TXT", "_dmarc.contoso.com", "v=DMARC1; p=none")?.url).toBe(
      "https://toolbox.googleapps.com/apps/dig/#TXT/_dmarc.contoso.com",
    );
    expect(dns("CNAME", "selector1._domainkey.contoso.com", "x")).toBeUndefined();
    // the name comes from the bounce: anything but a DNS name gets no link
    expect(dns("MX", "contoso.com/#x?y", "0 a.b")).toBeUndefined();
    expect(dns("MX", "javascript:alert(1)", "0 a.b")).toBeUndefined();
    expect(dns("MX", "{recipientDomain}", "0 a.b")).toBeUndefined();
    expect(liveCheck({ kind: "admin-command", value: "Get-Mailbox" })).toBeUndefined();
  });

  it("does not repeat the title at the start of the verdict's sentence", () => {
    expect(sentenceAfterTitle("The mailbox is full", "The mailbox is full — the recipient has to act.")).toBe(
      "The recipient has to act.",
    );
    expect(sentenceAfterTitle("Postboksen er full", "Postboksen er full – mottakeren må rydde.")).toBe(
      "Mottakeren må rydde.",
    );
    expect(sentenceAfterTitle("Blocked", "Your server was blocked.")).toBe("Your server was blocked.");
    expect(sentenceAfterTitle("Done", "Done.")).toBe("");
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
