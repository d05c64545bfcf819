/** Yahoo / AOL (catalog §1.10): "Sorry, we were unable to deliver your message to the following address." */
import { readQsbmf } from "./qmail.js";
import { textFormat } from "./text-format.js";

/** Yahoo's bounces are qmail look-alikes: QSBMF recipient paragraphs under their own first sentence. */
export const yahoo = textFormat(
  "yahoo",
  {
    body: ["sorry, we were unable to deliver your message to the following address"],
    from: ["@yahoo.", "@aol.", "@yahoo-inc."],
  },
  readQsbmf,
);
