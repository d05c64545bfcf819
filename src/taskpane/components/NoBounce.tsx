import type { HostNotice } from "../../host/types.js";
import { useT } from "../i18n.js";
import { useSectionStyles } from "../styles.js";
import { Notice } from "./Notice.js";

const forwardClients = [
  { title: "ui.forward.classic", steps: "ui.forward.classic.steps" },
  { title: "ui.forward.new", steps: "ui.forward.new.steps" },
  { title: "ui.forward.web", steps: "ui.forward.web.steps" },
];

/** Says why there is nothing to explain, and how to get the bounce in (drag it here, forward it as an attachment, or paste it). */
export function NoBounce({ notices }: { notices: HostNotice[] }) {
  const t = useT();
  const section = useSectionStyles();
  return (
    <section
      className={section.section}
      aria-labelledby="nobounce-heading"
      style={{ borderTop: "none" }}
      data-testid="no-bounce"
    >
      <h2 id="nobounce-heading" className={section.heading}>
        {t("ui.nobounce.heading")}
      </h2>
      {notices.map((notice, i) => (
        <Notice
          key={`${notice.code}-${i}`}
          intent={notice.code === "not-in-outlook" ? "info" : "warning"}
          data-testid={`notice-${notice.code}`}
        >
          {t(`ui.nobounce.${notice.code}`, { api: notice.api ?? "Office.js" })}
        </Notice>
      ))}
      {/* In Outlook (not in a browser tab): a message dragged from the list onto the pane is read, report items too. */}
      {notices.some((notice) => notice.code !== "not-in-outlook") && (
        <div data-testid="drag-help">
          <h3 className={section.subheading}>{t("ui.drag.heading")}</h3>
          <p className={section.text}>{t("ui.drag.steps")}</p>
        </div>
      )}
      <h3 className={section.subheading}>{t("ui.forward.heading")}</h3>
      {forwardClients.map((client) => (
        <div key={client.title}>
          <h4 className={section.subheading} style={{ marginTop: 0 }}>
            {t(client.title)}
          </h4>
          <p className={section.text}>{t(client.steps)}</p>
        </div>
      ))}
    </section>
  );
}

/** A notice shown above a result (e.g. one attachment could not be read, but another could). */
export function Notices({ notices }: { notices: HostNotice[] }) {
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <>
      {notices.map((notice, i) => (
        <Notice key={`${notice.code}-${i}`} intent="warning">
          {t(`ui.nobounce.${notice.code}`, { api: notice.api ?? "Office.js" })}
        </Notice>
      ))}
    </>
  );
}
