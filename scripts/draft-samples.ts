/**
 * Prints one draft of each kind, in Norwegian and English, as plain text (to, cc, subject, body,
 * notes), generated from the realistic NDRs in test/core/drafts/ndr-samples.ts through the whole
 * pipeline. For reviewing the wording: `npx tsx scripts/draft-samples.ts [nb|en]`.
 */
import { explainBounce } from "../src/core/index.js";
import { DRAFT_KINDS, buildDraft, linkFor } from "../src/core/drafts/index.js";
import type { DraftContext, DraftKind } from "../src/core/drafts/index.js";
import type { Language } from "../src/core/types.js";
import { samples } from "../test/core/drafts/ndr-samples.js";

const sampleFor: Record<DraftKind, keyof typeof samples> = {
  "contact-recipient-admin": "recipientRestricted",
  "ask-group-owner": "restrictedGroup",
  "ask-moderator": "largeGroup",
  "contact-own-admin": "recipientRestricted",
  "forward-to-delist": "microsoftBlocklist",
};

const wanted = process.argv.slice(2).filter((a): a is Language => a === "nb" || a === "en");
const languages: Language[] = wanted.length > 0 ? wanted : ["nb", "en"];

/** The HTML body as the opened form shows it, in plain text (our own simple HTML only). */
function htmlAsText(html: string): string {
  return html
    .replace(/<\/p>|<br>/g, "\n")
    .replace(/<\/tr>/g, "\n")
    .replace(/<\/th>/g, ": ")
    .replace(/<p>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}

for (const language of languages) {
  const context: DraftContext = {
    language,
    // Norwegian drafts to Microsoft too, so both languages of every kind can be read.
    draftLanguage: language,
    arrival: "item",
    helpDeskAddress: "helpdesk@contoso.com",
    ownAddress: "kari@contoso.com",
    recipientOtherAddress: "ola.nordmann@example.net",
  };
  for (const kind of DRAFT_KINDS) {
    const explanation = await explainBounce({ kind: "text", text: samples[sampleFor[kind]] }, { language });
    const draft = buildDraft(kind, explanation, 0, context);
    if (!draft) continue;
    // The own-IT draft carries the whole technical report; show its start only.
    const shown = htmlAsText(draft.htmlBody);
    const body = kind === "contact-own-admin" ? shown.split("\n").slice(0, 40).join("\n") + "\n[…]\n" : shown;
    console.log(`===== ${kind} (${language}) =====`);
    console.log(`To: ${draft.to.join(", ") || "(empty)"}`);
    if (draft.cc.length > 0) console.log(`Cc: ${draft.cc.join(", ")}`);
    console.log(`Subject: ${draft.subject}`);
    if (draft.attachNdrItem) console.log("Attachment: the NDR (as an item)");
    console.log("");
    console.log(body);
    console.log("Notes:");
    for (const note of draft.notes) console.log(`  - ${note}`);
    console.log("");
  }
  for (const name of ["bannedSendingIp", "spamhaus"] as const) {
    const explanation = await explainBounce({ kind: "text", text: samples[name] }, { language });
    const r = explanation.recipients[0];
    for (const action of r?.diagnosis.actions ?? []) {
      const url = linkFor(action, r.diagnosis.names);
      if (url) console.log(`===== link ${action.kind} (${name}) ===== ${url}`);
    }
  }
  console.log("");
}
