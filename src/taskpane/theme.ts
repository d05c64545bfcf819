import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeName } from "../host/types.js";

export function fluentTheme(name: ThemeName): Theme {
  return name === "dark" ? webDarkTheme : name === "high-contrast" ? teamsHighContrastTheme : webLightTheme;
}
