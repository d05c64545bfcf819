/** The ribbon's quick verdict (one InfoBar line, at most 150 characters) (English). Keys are shared with nb/command.ts. */
export const command = {
  "command.openPane": "Nothing to read here. Open NDR Explainer to see why, or paste the bounce there.",
  "command.notAReport": "This doesn't look like a bounce. Open NDR Explainer to check it.",
  "command.noRecipients": "A bounce, but no failed recipient was found. Open NDR Explainer for details.",
  "command.delayed": "Not delivered yet, the server is still trying: {recipient}.",
  "command.delivered": "Delivery receipt: the message arrived.",
  "command.autoReply": "Automatic reply (for example out of office), not a bounce.",
  "command.feedback": "Spam complaint report, not a bounce.",
  "command.challenge": "Not a bounce: the recipient's email filter asks you to confirm that you sent the message.",
  "command.fallback": "Not delivered to {recipient}.",
  "command.suspicious": "Caution, may be fake:",
  "command.more": "(+{count} more)",
} as const;
