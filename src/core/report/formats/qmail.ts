/** qmail (catalog §1.10): "Hi. This is the qmail-send program at ...", "Remote host said: ...". */
import { textFormat } from "./text-format.js";

export const qmail = textFormat("qmail", {
  body: [
    "this is the qmail-send program",
    "i'm afraid i wasn't able to deliver your message to the following addresses",
  ],
});
