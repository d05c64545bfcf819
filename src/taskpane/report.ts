/**
 * The "copy report" text for help-desk tickets: the core's technical report (src/core/report-text)
 * plus the host's diagnostics line, which only the pane knows.
 */
import { t } from "../core/i18n/index.js";
import { reportText as coreReportText } from "../core/report-text.js";
import type { Explanation, Language } from "../core/types.js";
import type { HostDiagnostics } from "../host/types.js";

export function diagnosticsLine(d: HostDiagnostics): string {
  return [d.client, d.platform, `Mailbox ${d.mailboxSet}`, d.itemClass, d.way].filter(Boolean).join(" · ");
}

export function reportText(explanation: Explanation, language: Language, diagnostics?: HostDiagnostics): string {
  const body = coreReportText(explanation, language);
  return diagnostics ? `${body}\n\n${t(language, "ui.details.diagnostics")}: ${diagnosticsLine(diagnostics)}` : body;
}
