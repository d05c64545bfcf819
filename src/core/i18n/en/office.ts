/** Names the Outlook adapter gives a found bounce when it has no subject or file name of its own (English). Keys are shared with nb/office.ts. */
export const office = {
  "office.label.thisMessage": "This message",
  "office.label.attachment": "Attachment {number}",
  "office.label.draft": "This draft",
} as const;
