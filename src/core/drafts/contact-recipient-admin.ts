/**
 * Ask the recipient's email admin to let the message through. Addressed to postmaster@<domain>:
 * RFC 5321 §4.5.1 requires every mail domain to accept mail for "postmaster", so it is the one
 * address we can be sure reaches whoever runs their mail. The recipient's other address, if the
 * user typed one, goes on Cc so the recipient can push from their side.
 */
import { t } from "../i18n/index.js";
import type { Draft, Explanation, RecipientExplanation } from "../types.js";
import { composeDraft } from "./compose.js";
import type { DraftContext } from "./context.js";
import { collectFacts, recipientDomainOf, statusText } from "./facts.js";

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

  const paragraphs = [t(lang, "draft.recipientAdmin.body", { recipient: address })];
  if (other) paragraphs.push(t(lang, "draft.recipientAdmin.bodyCopied", { recipient: address }));

  const notes = domain
    ? [t(noteLang, "draft.recipientAdmin.note.postmaster", { domain })]
    : [t(noteLang, "draft.recipientAdmin.note.noDomain")];
  if (!other) notes.push(t(noteLang, "draft.recipientAdmin.note.otherAddress"));

  return composeDraft({
    kind: "contact-recipient-admin",
    language: lang,
    noteLanguage: noteLang,
    to: domain ? [`postmaster@${domain}`] : [],
    cc: other ? [other] : [],
    subject: t(lang, "draft.recipientAdmin.subject", { recipient: address }) + (status ? ` (${status})` : ""),
    paragraphs,
    facts: collectFacts(explanation, recipient, context, lang),
    notes,
  });
}
