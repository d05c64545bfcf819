/**
 * Everything the pane shows below the verdict: what to do (tabs, steps, drafts), the delivery
 * path, why we think so, and the details with the help-desk report. Its own chunk, loaded
 * while the verdict is already on screen: the first paint needs none of it (nor the draft
 * builders, the report text, Fluent's tab list and its focus manager, the path's icons).
 */
import { useMemo } from "react";
import type { Explanation, Language, RecipientExplanation, SituationContext } from "../../core/types.js";
import type { HostDiagnostics, PaneHost, WayIn } from "../../host/types.js";
import { readerTab } from "../audience.js";
import { reportText } from "../report.js";
import { useSettings } from "../settingsContext.js";
import { DeliveryPath } from "./DeliveryPath.js";
import { Details } from "./Details.js";
import { WhatToDo } from "./WhatToDo.js";
import { Why } from "./Why.js";

function safeDiagnostics(host: PaneHost): HostDiagnostics {
  try {
    return host.diagnostics();
  } catch {
    return { client: host.kind, platform: "unknown", mailboxSet: "unknown", way: "none" };
  }
}

export interface ExplanationRestProps {
  explanation: Explanation;
  host: PaneHost;
  language: Language;
  /**
   * the recipient on screen, its index among the shown cards, how the bounce came in and who reads it;
   * absent: details only (not a bounce, or a suspicious one)
   */
  shown?: { rx: RecipientExplanation; index: number; way: WayIn; reader: SituationContext };
}

export default function ExplanationRest({ explanation, host, language, shown }: ExplanationRestProps) {
  // Diagnostics are read once per explanation (the way in and item class belong to it).
  const diagnostics = useMemo(() => safeDiagnostics(host), [host, explanation]);
  const text = useMemo(() => reportText(explanation, language, diagnostics), [explanation, language, diagnostics]);
  const { role } = useSettings();
  return (
    <div data-testid="explanation-rest">
      {shown && (
        <>
          {/* what to do first, right under the verdict: at 320 x 560 the reader's first action is on the first screen */}
          <WhatToDo
            explanation={explanation}
            rx={shown.rx}
            way={shown.way}
            reportText={text}
            recipientIndex={shown.index}
            readerTab={readerTab(explanation, shown.reader.readerAddress, role)}
          />
          <DeliveryPath report={explanation.report} rx={shown.rx} />
          <Why rx={shown.rx} />
        </>
      )}
      <Details explanation={explanation} diagnostics={diagnostics} reportText={text} />
    </div>
  );
}
