import type { Language } from "../../core/types.js";
import type { ItemSummary } from "../../host/types.js";
import { useLanguage, useT } from "../i18n.js";

/** "30 Nov 2026, 09:15" in the reader's time zone; undefined for a date that is not one. */
export function itemDate(iso: string | undefined, language: Language): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  try {
    return new Intl.DateTimeFormat(language === "nb" ? "nb-NO" : "en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    }).format(date);
  } catch {
    return date.toISOString().slice(0, 16).replace("T", " ");
  }
}

/**
 * One compact line naming the Outlook message the pane explains: subject, sender, date. A pinned
 * pane (or any pane on Mac) can outlive the selection without being told, so the verdict says whose
 * it is. Shortened with an ellipsis at the pane's width; the whole line is in its tooltip.
 */
export function ExplainedItem({ item }: { item: ItemSummary }) {
  const t = useT();
  const language = useLanguage();
  const subject = item.subject?.trim() || t("ui.item.noSubject");
  const parts = [subject, item.from && t("ui.item.from", { from: item.from }), itemDate(item.date, language)];
  const line = parts.filter(Boolean).join(" · ");
  return (
    <p className="ndr-explained-item" title={line} data-testid="explained-item">
      <span className="ndr-visually-hidden">{t("ui.item.label")} </span>
      {line}
    </p>
  );
}
