/** Postfix (catalog §1.7): "This is the mail system at host ...", "<rcpt>: host X said: 550 ...". */
import { textFormat } from "./text-format.js";

export const postfix = textFormat("postfix", {
  body: ["this is the mail system at host", "this is the postfix program at host", "the postfix program"],
  headers: ["x-postfix-queue-id"],
});
