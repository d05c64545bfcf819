/**
 * The values a draft's sentences are filled with ({recipient}, {sender}, {groups}, {title}, …): the
 * bounce's own names, each on one line and clipped, and the sender's plain words ("me", "our mail
 * server") where the bounce gave none.
 */
import { titleOf } from "../explain/index.js";
import { t, type Vars } from "../i18n/index.js";
import type { Explanation, Language, RecipientExplanation } from "../types.js";
import type { DraftContext } from "./context.js";
import { blockedIpOf, groupsOf, recipientDomainOf, senderOf } from "./facts.js";
import { clip, domainOf, joinList, trimEndChars } from "./text.js";

export function sentenceValues(
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
  lang: Language,
  maxValue: number,
): Vars {
  const names = recipient.diagnosis.names;
  const sender = senderOf(explanation, recipient, context);
  const named = (value: string | undefined, fallbackKey: string) =>
    value?.trim() ? clip(value, maxValue) : t(lang, fallbackKey);
  // The title as the user's pane shows it, or in the draft's own language when that differs.
  const title = lang === explanation.language ? recipient.title : titleOf(recipient.diagnosis.causeId, lang);
  return {
    recipient: clip(recipient.facts.address, maxValue),
    sender: named(sender, "draft.name.sender"),
    senderDomain: named(names.senderDomain ?? domainOf(sender), "draft.name.senderDomain"),
    recipientDomain: named(recipientDomainOf(recipient), "draft.name.recipientDomain"),
    groups: clip(joinList(groupsOf(recipient), lang), maxValue * 2),
    blockedIp: named(blockedIpOf(recipient), "draft.name.blockedIp"),
    blocklist: named(names.blocklist, "draft.name.blocklist"),
    title: trimEndChars(title.trim(), ".!"),
  };
}
