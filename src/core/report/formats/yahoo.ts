/** Yahoo / AOL (catalog §1.10): "Sorry, we were unable to deliver your message to the following address." */
import { textFormat } from "./text-format.js";

export const yahoo = textFormat("yahoo", {
  body: ["sorry, we were unable to deliver your message to the following address"],
  from: ["@yahoo.", "@aol.", "@yahoo-inc."],
});
