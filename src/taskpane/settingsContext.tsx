import { createContext, useContext } from "react";
import type { UserSettings } from "../host/types.js";

const SettingsContext = createContext<UserSettings>({});

export const SettingsProvider = SettingsContext.Provider;

/** The user's settings as loaded from the host (help-desk address, language). */
export function useSettings(): UserSettings {
  return useContext(SettingsContext);
}
