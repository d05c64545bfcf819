/**
 * The Outlook adapter's own words, bundled up front (preloaded.browser.ts) and read by the too-old
 * check (src/floor/too-old.ts), before any language has loaded: the names it gives a found bounce
 * with no subject or file name, and what a client below the pages' floor is told. Keys are shared
 * with nb/office.ts.
 */
export const office = {
  "office.label.thisMessage": "This message",
  "office.label.attachment": "Attachment {number}",
  "office.label.draft": "This draft",
  "office.tooOld": "This version of Outlook is too old for NDR Explainer; use Outlook on the web.",
} as const;
