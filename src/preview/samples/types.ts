import type { Language } from "../../core/types.js";

/** One built-in bounce of the preview page. */
export interface Sample {
  /** URL name: preview.html?sample=<name> */
  name: string;
  title: Record<Language, string>;
  /** language of the NDR's own text */
  ndrLanguage: "en" | "nb";
  /** seed cause (S1–S12) it illustrates, when it does */
  seed?: string;
  /** cause id the diagnosis should reach (tests check it) */
  expectedCause: string;
  /** the whole message as it would be saved to a .eml file */
  eml?: string;
  /** or: several messages attached to the selected item (the pane offers a list) */
  attachments?: { name: string; eml: string }[];
}
