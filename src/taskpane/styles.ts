/**
 * Class names shared by the pane's sections. The rules are in pane.css (a static stylesheet, so the
 * first paint needs no style engine); `useSectionStyles` keeps the shape components already use.
 */
const sectionStyles = {
  section: "ndr-section",
  heading: "ndr-heading",
  subheading: "ndr-subheading",
  text: "ndr-text",
  muted: "ndr-muted",
  code: "ndr-code",
  row: "ndr-row",
  list: "ndr-list",
  facts: "ndr-facts",
} as const;

export function useSectionStyles(): typeof sectionStyles {
  return sectionStyles;
}

/** Joins class names, leaving out the false and empty ones (mergeClasses without Griffel). */
export function classes(...names: (string | false | undefined | null)[]): string {
  return names.filter(Boolean).join(" ");
}
