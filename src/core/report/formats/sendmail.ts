/** Sendmail (catalog §1.9): "----- The following addresses had permanent fatal errors -----" and the transcript. */
import { textFormat } from "./text-format.js";

export const sendmail = textFormat("sendmail", {
  body: [
    "----- the following addresses had permanent fatal errors -----",
    "----- transcript of session follows -----",
    "the original message was received at",
  ],
});
