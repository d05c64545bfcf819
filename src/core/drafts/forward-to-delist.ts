/**
 * Forward the NDR to Microsoft's delisting desk (seed cause S8: "blocked using Blocklist 1 … forward
 * this message to delist@messaging.microsoft.com"). The desk needs the NDR itself, attached or as
 * text (carry-bounce.ts). Written in English unless the user asks otherwise: the desk works in English.
 */
import { t } from "../i18n/index.js";
import type { Draft, Explanation, RecipientExplanation } from "../types.js";
import { composeCarryingBounce } from "./carry-bounce.js";
import type { DraftContext } from "./context.js";
import { blockedIpOf, collectFacts, decidingLine } from "./facts.js";

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

  const notes = [t(noteLang, "draft.delist.note.fixFirst")];
  if (lang === "en" && noteLang !== "en") notes.push(t(noteLang, "draft.delist.note.english"));
  if (isPortalCode(recipient.facts.status)) notes.push(t(noteLang, "draft.delist.note.portal"));

  return composeCarryingBounce(
    (room) => ({
      kind: "forward-to-delist",
      language: lang,
      noteLanguage: noteLang,
      to: [MICROSOFT_DELIST_ADDRESS],
      subject: ip ? t(lang, "draft.delist.subject", { ip }) : t(lang, "draft.delist.subjectNoIp"),
      paragraphs: ip
        ? [t(lang, "draft.delist.happened", { ip }), t(lang, "draft.delist.ask", { ip })]
        : [t(lang, "draft.delist.happenedNoIp"), t(lang, "draft.delist.askNoIp")],
      quote: decidingLine(recipient, room.line),
      facts: collectFacts(explanation, recipient, context, lang, { blocklist: true, maxValue: room.value }),
      notes,
    }),
    explanation.report,
    context.arrival,
  );
}
