/**
 * One polite live region for the whole pane, so screen readers hear copy feedback and draft
 * outcomes without focus moving. Components call `useAnnounce()(message)`.
 */
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => {});

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
} as const;

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const toggle = useRef(false);
  const announce = useCallback<Announce>((text) => {
    // A trailing non-breaking space alternates so the same message twice is still read out.
    toggle.current = !toggle.current;
    setMessage(toggle.current ? text : `${text}\u00a0`);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden} data-testid="live-region">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}
