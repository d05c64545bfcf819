/**
 * Fluent themes for the pane's three looks. Light is bundled; dark and high contrast are chunks of
 * their own, fetched before the first render when Outlook is in them (index.tsx) or on a switch,
 * so a pane in the light theme carries one theme's colours, not three.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ThemeName } from "../host/types.js";

const loaded: Partial<Record<ThemeName, Theme>> = { light: webLightTheme };

/** The theme, once loaded; resolves at once when it is (a failed load rejects and may be retried). */
export function loadTheme(name: ThemeName): Promise<Theme> {
  const ready = loaded[name];
  if (ready) return Promise.resolve(ready);
  const chunk =
    name === "dark"
      ? import(/* webpackChunkName: "theme-dark" */ "./themes/dark.js").then((m) => m.theme)
      : import(/* webpackChunkName: "theme-high-contrast" */ "./themes/high-contrast.js").then((m) => m.theme);
  return chunk.then((theme) => (loaded[name] = theme));
}

/** The theme to render with: `name`'s once loaded, meanwhile the one shown before (light at first). */
export function useFluentTheme(name: ThemeName): Theme {
  const [shown, setShown] = useState<Theme>(() => loaded[name] ?? webLightTheme);
  useEffect(() => {
    let live = true;
    const ready = loaded[name];
    if (ready) setShown(ready);
    else
      loadTheme(name).then(
        (theme) => live && setShown(theme),
        () => {}, // not loaded (offline?): the pane keeps the colours it has
      );
    return () => {
      live = false;
    };
  }, [name]);
  return loaded[name] ?? shown;
}
