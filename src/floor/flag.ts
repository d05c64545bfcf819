/**
 * Shared by the too-old check (too-old.ts, ES5) and the pages it guards: the flag it sets on window
 * for a client below the floor, and the quick verdict's names it answers in their place.
 */
export const belowFloorFlag = "__ndrBelowFloor";

/** manifest.xml's FunctionName for the ribbon's one-line verdict */
export const quickVerdictFunctionName = "quickVerdict";

/**
 * The quick verdict's InfoBar: one per item for this add-in (a second click replaces the first
 * line), with the manifest's 16 px icon (resid; shown only by classic Outlook on Windows).
 */
export const quickVerdictNotification = { key: "ndrQuickVerdict", icon: "Icon.16" } as const;

/** True when too-old.ts found this client below the floor: the page's own code must not start. */
export function belowFloor(): boolean {
  return (globalThis as Record<string, unknown>)[belowFloorFlag] === true;
}
