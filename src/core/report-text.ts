/**
 * The whole technical report as plain text, for "Copy report" and help-desk tickets: the NDR's own
 * facts, whether it can be trusted, then per recipient the facts, the cause, the evidence, the
 * servers; the original message, its authentication results and the hops. Labels follow the user's
 * language; values are the NDR's own, unchanged, and our codes (kind, action, reason, language) are
 * given in words with the code in parentheses, so the text reads in one language and stays searchable.
 */
import { hasKey, t } from "./i18n/index.js";
import type { Explanation, Language, RecipientExplanation } from "./types.js";

type Line = [labelKey: string, value: string | number | undefined | null];

function field(lang: Language, [key, value]: Line, indent = ""): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  if (text === "") return undefined;
  // Multi-line values keep their lines, indented under the label.
  return `${indent}${t(lang, key)}: ${text.replace(/\r?\n/g, `\n${indent}  `)}`;
}

function fields(lang: Language, lines: Line[], indent = ""): string[] {
  return lines.map((line) => field(lang, line, indent)).filter((l): l is string => l !== undefined);
}

/** "returmelding (failed)": the code in words, then the code; the code alone when the words are the code. */
function coded(lang: Language, family: "kind" | "action" | "reason", code: string | undefined): string | undefined {
  const key = `report.${family}.${code ?? ""}`;
  if (!code || !hasKey(key)) return code;
  const words = t(lang, key);
  return words === code ? code : `${words} (${code})`;
}

/** "engelsk (en)": the language the bounce is written in, named in the reader's language. */
function languageName(lang: Language, code: string): string {
  if (code === "und") return `${t(lang, "report.languageUnknown")} (${code})`;
  try {
    const name = new Intl.DisplayNames([lang], { type: "language" }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code; // not a language code Intl knows
  }
}

function heading(text: string): string {
  return `${text}\n${"-".repeat(Math.min(text.length, 72))}`;
}

function recipientSection(lang: Language, r: RecipientExplanation, n: number, total: number): string {
  const f = r.facts;
  const d = r.diagnosis;
  const lines = fields(lang, [
    ["report.address", f.address],
    ["report.displayName", f.displayName],
    ["report.originalAddress", f.originalAddress],
    ["report.action", coded(lang, "action", f.action)],
    ["report.status", f.status],
    ["report.replyCode", f.replyCode],
    ["report.diagnostic", f.diagnostic],
    ["report.remoteMta", f.remoteMta],
    ["report.lastAttempt", f.lastAttempt],
    ["report.decoder", f.format],
  ]);
  if (f.disagreements) {
    const { format, ...values } = f.disagreements;
    const shown = Object.entries(values)
      .filter(([, v]) => v !== undefined && String(v).trim() !== "")
      .map(([k, v]) => `${k}=${String(v)}`);
    if (shown.length > 0) lines.push(`${t(lang, "report.disagreement", { format })}: ${shown.join("; ")}`);
  }
  lines.push(
    ...fields(lang, [
      ["report.verdict", r.verdict],
      ["report.cause", r.title && r.title !== d.causeId ? `${r.title} (${d.causeId})` : d.causeId],
      ["report.reason", coded(lang, "reason", d.reason)],
      ["report.fixOwner", t(lang, `report.owner.${d.fixOwner}`)],
      ["report.permanent", t(lang, d.permanent ? "report.yes" : "report.no")],
      ["report.confidence", t(lang, "report.percent", { percent: Math.round(d.confidence * 100) })],
      ["report.codeMeaning", r.codeMeaning],
      ["report.evidence", d.evidence?.text],
      ["report.evidenceLine", d.evidence && d.evidence.line !== d.evidence.text ? d.evidence.line : undefined],
      ["report.names", namesText(lang, r)],
      ["report.sourceUrl", d.sourceUrl],
    ]),
  );
  return [heading(t(lang, "report.section.recipient", { n, total })), ...lines].join("\n");
}

/** The names the diagnosis pulled out (groups, IP, blocklist, servers), as one line. */
function namesText(lang: Language, r: RecipientExplanation): string | undefined {
  const { groups, ...rest } = r.diagnosis.names;
  const label = (name: string) => (hasKey(`report.name.${name}`) ? t(lang, `report.name.${name}`) : name);
  const parts = Object.entries(rest)
    .filter(([, v]) => typeof v === "string" && v.trim() !== "")
    .map(([k, v]) => `${label(k)} = ${v as string}`);
  if (groups.length > 0) parts.unshift(`${label("groups")} = ${groups.join(", ")}`);
  return parts.length > 0 ? parts.join("; ") : undefined;
}

/** A trust reason in the user's words when we have them, with what triggered it; the code stays for support. */
function trustReason(lang: Language, code: string, explanation: Explanation): string {
  const finding = explanation.trust.findings?.find((f) => f.code === code);
  const key = `trust.reason.${code}`;
  const words = hasKey(key) ? t(lang, key) : (finding?.text ?? code);
  const evidence = finding?.evidence ? ` (${finding.evidence})` : "";
  return `${words}${evidence} [${code}]`;
}

export function reportText(explanation: Explanation, lang: Language = explanation.language): string {
  const { report, trust } = explanation;
  const message = report.message;
  const sections: string[] = [t(lang, "report.title")];

  const wrapper = message.wrapper
    ? [message.wrapper.from, message.wrapper.date, message.wrapper.attachmentName].filter(Boolean).join(", ")
    : undefined;
  sections.push(
    [
      heading(t(lang, "report.section.report")),
      ...fields(lang, [
        ["report.ndrFrom", message.from],
        ["report.ndrSubject", message.subject],
        ["report.ndrDate", message.date],
        ["report.wrapper", wrapper],
        ["report.kind", coded(lang, "kind", report.kind)],
        ["report.format", report.format],
        ["report.language", report.language && languageName(lang, report.language)],
        ["report.reportingMta", report.reportingMta],
        ["report.generatingServer", report.generatingServer],
        ["report.arrivalDate", report.arrivalDate],
      ]),
    ].join("\n"),
  );

  const score = Math.round(trust.score * 100) / 100;
  const trustLines = [
    t(lang, trust.suspicious ? "report.trust.suspicious" : "report.trust.genuine", { score: String(score) }),
  ];
  if (trust.reasons.length > 0)
    trustLines.push(
      `${t(lang, "report.trust.reasons")}:`,
      ...trust.reasons.map((code) => `  - ${trustReason(lang, code, explanation)}`),
    );
  sections.push([heading(t(lang, "report.section.trust")), ...trustLines].join("\n"));

  explanation.recipients.forEach((r, i) =>
    sections.push(recipientSection(lang, r, i + 1, explanation.recipients.length)),
  );

  const original = report.original;
  if (original) {
    sections.push(
      [
        heading(t(lang, "report.section.original")),
        ...fields(lang, [
          ["report.subject", original.subject],
          ["report.messageId", original.messageId],
          ["report.date", original.date],
          ["report.from", original.from],
          ["report.to", original.to.join(", ")],
        ]),
      ].join("\n"),
    );
    const auth = original.auth;
    if (auth) {
      const authLines = [
        ...(["spf", "dkim", "dmarc", "compauth"] as const)
          .filter((k) => auth[k])
          .map((k) => `${k}=${auth[k] as string}`),
        ...auth.raw.map((line) => `  ${line}`),
      ];
      if (authLines.length > 0) sections.push([heading(t(lang, "report.section.auth")), ...authLines].join("\n"));
    }
  }

  if (report.hops.length > 0) {
    const hopLines = report.hops.map((hop, i) => {
      const parts = [
        hop.from && t(lang, "report.hop.from", { host: hop.from }),
        hop.by && t(lang, "report.hop.by", { host: hop.by }),
        hop.with && t(lang, "report.hop.with", { protocol: hop.with }),
        hop.time && `; ${hop.time}`,
      ];
      return `${i + 1}. ${parts.filter(Boolean).join(" ").replace(" ;", ";")}`;
    });
    sections.push([heading(t(lang, "report.section.hops")), ...hopLines].join("\n"));
  }

  const problems = [...message.problems, ...report.problems.filter((p) => !message.problems.includes(p))];
  if (problems.length > 0) {
    sections.push(
      [heading(t(lang, "report.section.problems")), ...problems.map((p) => `- ${p.code}: ${p.detail}`)].join("\n"),
    );
  }

  return sections.join("\n\n") + "\n";
}
