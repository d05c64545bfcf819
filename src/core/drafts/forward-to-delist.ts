/**
 * Forward the NDR to Microsoft's delisting desk (seed cause S8: "blocked using Blocklist 1 … forward
 * this message to delist@messaging.microsoft.com"). The desk needs the NDR itself: attached as an
 * item when Outlook can (the add-in runs on the NDR, or on the message that carries it as an
 * attachment), otherwise its full text in the body, shortened to Outlook's limit if need be.
 * Written in English unless the user asks otherwise: the desk works in English.
 */
import { t } from "../i18n/index.js";
import type { Draft, Explanation, RecipientExplanation } from "../types.js";
import { composeDraft } from "./compose.js";
import type { DraftContext } from "./context.js";
import { blockedIpOf, collectFacts } from "./facts.js";
import { ndrFullText } from "./ndr-text.js";

export const MICROSOFT_DELIST_ADDRESS = "delist@messaging.microsoft.com";

/** Enhanced codes 5.7.606–5.7.649: Microsoft's self-service delist portal applies. */
export function isPortalCode(status: string | undefined): boolean {
  const m = /^5\.7\.(\d{3})$/.exec(status?.trim() ?? "");
  return !!m && Number(m[1]) >= 606 && Number(m[1]) <= 649;
}

export function buildForwardToDelist(
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
): Draft {
  const lang = context.draftLanguage ?? "en";
  const noteLang = context.language;
  const ip = blockedIpOf(recipient);
  const attach = context.arrival === "item" || context.arrival === "attachment";

  const notes = [t(noteLang, "draft.delist.note.fixFirst")];
  notes.push(t(noteLang, attach ? "draft.delist.note.attached" : "draft.delist.note.inline"));
  if (lang === "en" && noteLang !== "en") notes.push(t(noteLang, "draft.delist.note.english"));
  if (isPortalCode(recipient.facts.status)) notes.push(t(noteLang, "draft.delist.note.portal"));

  const version = (attached: boolean) =>
    composeDraft({
      kind: "forward-to-delist",
      language: lang,
      noteLanguage: noteLang,
      to: [MICROSOFT_DELIST_ADDRESS],
      subject: ip ? t(lang, "draft.delist.subject", { ip }) : t(lang, "draft.delist.subjectNoIp"),
      paragraphs: [
        ip ? t(lang, "draft.delist.body", { ip }) : t(lang, "draft.delist.bodyNoIp"),
        t(lang, attached ? "draft.delist.attached" : "draft.delist.inline"),
      ],
      facts: collectFacts(explanation, recipient, context, lang),
      appendix: attached
        ? undefined
        : { heading: t(lang, "draft.delist.ndrHeading"), text: ndrFullText(explanation.report) },
      notes,
      attachNdrItem: attached,
    });

  const inline = version(false);
  if (!attach) return inline;
  const attached = version(true);
  // Copying the text (no form at all) or a host that cannot attach after all: the NDR's text goes along.
  return { ...attached, textBody: inline.textBody, htmlBodyIfNotAttached: inline.htmlBody };
}
