import { createContext, useContext } from "react";
import type { UserSettings } from "../host/types.js";

const SettingsContext = createContext<UserSettings>({});
const SaveSettingsContext = createContext<(patch: UserSettings) => void>(() => {});

export const SettingsProvider = SettingsContext.Provider;
export const SaveSettingsProvider = SaveSettingsContext.Provider;

/** The user's settings as loaded from the host (help-desk address, language). */
export function useSettings(): UserSettings {
  return useContext(SettingsContext);
}

/** Change some settings and keep them through the host (roamingSettings in Outlook). */
export function useSaveSettings(): (patch: UserSettings) => void {
  return useContext(SaveSettingsContext);
}
