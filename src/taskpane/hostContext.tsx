import { createContext, useContext } from "react";
import type { PaneHost } from "../host/types.js";
import { createBrowserHost } from "./browserHost.js";

const HostContext = createContext<PaneHost | null>(null);

export const HostProvider = HostContext.Provider;

let fallback: PaneHost | undefined;

/** The host the pane runs in (Outlook, preview page or browser). */
export function useHost(): PaneHost {
  const host = useContext(HostContext);
  if (host) return host;
  fallback ??= createBrowserHost();
  return fallback;
}
