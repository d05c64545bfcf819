/**
 * Ask the recipient's email admin for the change that lets the message through. Addressed to
 * postmaster@<domain>: RFC 5321 §4.5.1 requires every mail domain to accept mail for "postmaster",
 * so it is the one address we can be sure reaches whoever runs their mail. The recipient's other
 * address, if the user typed one, goes on Cc so the recipient can push from their side.
 */
import { t } from "../i18n/index.js";
import type { Draft, Explanation, RecipientExplanation } from "../types.js";
import { askKey } from "./asks.js";
import { composeDraft, withinLead } from "./compose.js";
import type { DraftContext } from "./context.js";
import { collectFacts, decidingLine, recipientDomainOf, statusText } from "./facts.js";
import { sentenceValues } from "./sentence-values.js";

export function buildContactRecipientAdmin(
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
): Draft {
  const lang = context.draftLanguage ?? context.language;
  const noteLang = context.language;
  const domain = recipientDomainOf(recipient);
  const address = recipient.facts.address;
  const other = context.recipientOtherAddress?.trim();
  const status = statusText(recipient);

  const notes = domain
    ? [t(noteLang, "draft.recipientAdmin.note.postmaster", { domain })]
    : [t(noteLang, "draft.recipientAdmin.note.noDomain")];
  if (!other) notes.push(t(noteLang, "draft.recipientAdmin.note.otherAddress"));

  const parts = withinLead((room) => {
    const values = sentenceValues(explanation, recipient, context, lang, room.value);
    const paragraphs = [
      t(lang, "draft.happened.recipientAdmin", values),
      t(lang, askKey("contact-recipient-admin", recipient.diagnosis.causeId), values),
    ];
    if (other) paragraphs.push(t(lang, "draft.recipientAdmin.bodyCopied", values));
    return {
      kind: "contact-recipient-admin",
      language: lang,
      noteLanguage: noteLang,
      to: domain ? [`postmaster@${domain}`] : [],
      cc: other ? [other] : [],
      subject: t(lang, "draft.recipientAdmin.subject", { recipient: address }) + (status ? ` (${status})` : ""),
      paragraphs,
      quote: decidingLine(recipient, room.line),
      facts: collectFacts(explanation, recipient, context, lang, { maxValue: room.value }),
      notes,
    };
  });
  return composeDraft(parts);
}
