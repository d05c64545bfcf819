/**
 * explain: a Diagnosis → words in the user's language: the verdict sentence, the cause's title,
 * what the status code means, and ordered steps for the sender, the group owner and the admin,
 * each step carrying its action with the NDR's real names filled in.
 */
import type {
  DeliveryReport,
  Diagnosis,
  Guidance,
  Language,
  RecipientExplanation,
  RecipientFacts,
  Step,
  Timing,
} from "../types.js";
import { hasKey, t } from "../i18n/index.js";
import { causeById } from "../diagnose/catalogue.js";
import { isRecipientFault, rememberedRemedy, remedyFor } from "../diagnose/remedy.js";
import { ActionFiller, nameValues, rememberedFiller, type NameValues } from "../diagnose/fill.js";
import { findBlocklist } from "../diagnose/names.js";
import { HELD_LIST_POSTS } from "../diagnose/retry-later.js";
import { codeMeaning, writtenByExchange } from "./code-meaning.js";
import { lookedUp } from "./looked-up.js";
import { packedMap } from "../packed-map.js";

export { codeMeaning } from "./code-meaning.js";

const notFailures = new Set(["DELIVERED", "AUTO_REPLY", "FEEDBACK_REPORT"]);

/** The plain word ("the group") that stands in for a name an NDR did not give ("" when there is none). */
function fallbackWord(lang: Language, name: string): string {
  return lookedUp(lang, "fallback", name, () => {
    const fallbackKey = `name.${name}`;
    return hasKey(fallbackKey) ? t(lang, fallbackKey) : "";
  });
}

/** Names for the text: the NDR's values, or plain words ("the group") where it gave none. */
function textValues(lang: Language, values: NameValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in values) out[name] = values[name] ?? fallbackWord(lang, name);
  // an address only with a domain: "postmaster@" before the plain words for a domain the NDR did not name reads wrong
  out.recipientPostmaster = values.recipientDomain
    ? `postmaster@${values.recipientDomain}`
    : fallbackWord(lang, "recipientPostmaster");
  return out;
}

/** Steps worded otherwise when the bounce did not give the name they rest on: the name, and the other wording. */
const withoutName: Readonly<Record<string, readonly [name: string, key: string]>> = {
  "step.admin.reputationLookUp": ["blockedIp", "step.admin.reputationLookUpUnnamed"],
  "step.sender.forwardToOwnAdmin": ["blockedIp", "step.sender.forwardToOwnAdminUnnamed"],
};

/** A bounce that names the recipient only by display name gives no address to check: the step asks for the one used. */
function stepKey(key: string, facts: RecipientFacts, values: NameValues): string {
  if (key === "step.sender.checkAddress" && !facts.address) return "step.sender.checkAddressOfName";
  const other = withoutName[key];
  return other && !values[other[0]] ? other[1] : key;
}

/** A server is still trying (a held post waits for a person instead): whoever must act, must act only if it fails. */
function stillTrying(diagnosis: Diagnosis): boolean {
  return diagnosis.situation?.timing === "delayed" && !HELD_LIST_POSTS.has(diagnosis.causeId);
}

export function titleOf(causeId: string, lang: Language, timing?: Timing): string {
  return lookedUp(lang, timing === "delayed" ? "delayedTitle" : "title", causeId, () => {
    // a delay is never worded as given up: a cause may have its own title for a message still being tried
    const delayed = `cause.${causeId}.delayedTitle`;
    if (timing === "delayed" && hasKey(delayed)) return t(lang, delayed);
    const key = `cause.${causeId}.title`;
    return t(lang, hasKey(key) ? key : "unknown.title");
  });
}

function meaningOf(status: string | undefined, lang: Language, exchange: boolean, action: string): string | undefined {
  if (status === undefined) return undefined;
  const kind = `${exchange ? "exchangeCode" : "code"} ${action}`;
  return lookedUp(lang, kind, status, () => codeMeaning(status, lang, { exchange, action }));
}

export function explainRecipient(
  report: DeliveryReport,
  facts: RecipientFacts,
  diagnosis: Diagnosis,
  lang: Language,
): RecipientExplanation {
  const title = titleOf(diagnosis.causeId, lang, diagnosis.situation?.timing);
  const filler =
    rememberedFiller(diagnosis) ??
    new ActionFiller(
      nameValues(diagnosis.names, {
        blocklistUrl: findBlocklist(facts.diagnostic ?? "")?.url,
        situation: diagnosis.situation,
      }),
    );
  const words = textValues(lang, filler.values);
  // a fault of the recipient's mail system is fixed there, not let through by a setting
  const whoKey =
    diagnosis.fixOwner === "recipient-admin" && isRecipientFault(diagnosis.causeId)
      ? "recipient-admin.fault"
      : diagnosis.fixOwner;
  const who = lookedUp(lang, "who", whoKey, () => t(lang, `who.${whoKey}`));
  const verdict = notFailures.has(diagnosis.causeId)
    ? t(lang, "verdict.notFailure", { title })
    : t(lang, stillTrying(diagnosis) ? "verdict.delayedFrame" : "verdict.frame", {
        title,
        who,
        recipient: words.recipient,
      });

  const guidance: Guidance = { sender: [], owner: [], admin: [] };
  const cause = notFailures.has(diagnosis.causeId) ? undefined : causeById(diagnosis.causeId);
  const remedy = cause && (rememberedRemedy(diagnosis) ?? remedyFor(cause, diagnosis.situation));
  if (remedy) {
    for (const audience of ["sender", "owner", "admin"] as const) {
      guidance[audience] = packedMap(remedy.guidance[audience], (template): Step => {
        const step: Step = { text: t(lang, stepKey(template.key, facts, filler.values), words) };
        const action = template.action && filler.action(template.action);
        if (action) step.action = action;
        return step;
      });
    }
  }
  const situationFacts = packedMap(remedy?.facts ?? [], (fact) => t(lang, fact.key, { ...words, who, ...fact.values }));
  return {
    facts,
    diagnosis,
    verdict,
    title,
    codeMeaning: meaningOf(facts.status, lang, writtenByExchange(report, facts), facts.action),
    guidance,
    situationFacts,
  };
}
