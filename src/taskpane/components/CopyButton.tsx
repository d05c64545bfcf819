import { Button } from "@fluentui/react-components";
import { Copy16Regular, Checkmark16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { useAnnounce } from "../announcer.js";
import { useHost } from "../hostContext.js";
import { useT } from "../i18n.js";

/** Copies `text` through the host and says so in the live region (and on the button for a moment). */
export function CopyButton({ text, label, describedBy }: { text: string; label?: string; describedBy?: string }) {
  const host = useHost();
  const t = useT();
  const announce = useAnnounce();
  const [done, setDone] = useState(false);
  const onClick = async () => {
    const ok = await host.copyText(text).catch(() => false);
    announce(t(ok ? "ui.action.copied" : "ui.action.copyFailed"));
    if (ok) {
      setDone(true);
      setTimeout(() => setDone(false), 2000);
    }
  };
  return (
    <Button
      size="small"
      appearance="secondary"
      icon={done ? <Checkmark16Regular /> : <Copy16Regular />}
      onClick={() => void onClick()}
      aria-describedby={describedBy}
    >
      {label ?? t("ui.action.copy")}
    </Button>
  );
}
