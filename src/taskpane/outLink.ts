/**
 * A link out of the pane (a delist portal, a live DNS lookup, a cause's source) is always a real
 * anchor that opens a new tab without an opener. Where the host has a better way, the click goes to
 * host.openLink instead: classic Outlook and Mac open the system browser with openBrowserWindow,
 * the preview page shows the link in its panel. Outlook on the web and new Outlook have no
 * openBrowserWindow (OfficeDev/office-js#5677), and there the anchor itself does the job, as a
 * click the browser lets through (new Outlook opens it in a window of its own, #3602).
 */
import type { MouseEvent } from "react";
import { useHost } from "./hostContext.js";

export interface OutLinkProps {
  href?: string;
  target: "_blank";
  rel: "noopener noreferrer";
  onClick(event: MouseEvent<HTMLElement>): void;
}

/** Only web pages: a URL from a bounce that says javascript:, data: or file: never becomes a link. */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

export function useOutLink(url: string): OutLinkProps {
  const host = useHost();
  const web = isWebUrl(url);
  return {
    href: web ? url : undefined,
    target: "_blank",
    rel: "noopener noreferrer",
    onClick(event) {
      let handOver = false;
      try {
        handOver = host.opensLinks();
      } catch {
        // a host that cannot say leaves it to the anchor
      }
      if (web && !handOver) return; // the anchor opens it
      event.preventDefault();
      if (web) void host.openLink(url);
    },
  };
}
