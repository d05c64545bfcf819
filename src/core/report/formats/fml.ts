/**
 * fml, the Japanese mailing-list manager (X-MLServer: fml ...): it refuses a post with a short
 * notice that names the list in angle brackets ("You are not a member of this mailing list
 * <list@example.org>", "Duplicated Message-ID in <list@example.org>"). The list is the recipient.
 */
import { bareAddress } from "../../read/header-fields.js";
import { makeFacts } from "../facts.js";
import { bracketedAddresses } from "./mta-text.js";
import type { FormatDecoder } from "./types.js";

/** fml's own addresses: <list>-admin, -ctl, -owner, -request, or fml itself. */
const LIST_ROBOT = /^(?:fml|[^@\s]{1,64}-(?:admin|ctl|owner|request))@/i;

export const fml: FormatDecoder = {
  name: "fml",
  source: "body",
  // fml marks every post it distributes with X-MLServer; its notices come from the list's own address
  detect: (ctx) =>
    (ctx.header("x-mlserver") ?? "").toLowerCase().includes("fml") && LIST_ROBOT.test(bareAddress(ctx.from)),
  decode(ctx) {
    const end = ctx.lower.indexOf("original mail as follows");
    const notice = (end >= 0 ? ctx.text.slice(0, end) : ctx.text).trim();
    const list = bracketedAddresses(notice)[0];
    if (!list) return undefined;
    const firstParagraph = notice.split("\n\n")[0]!.replace(/\s+/g, " ").trim();
    return { recipients: [makeFacts({ address: list, diagnostic: firstParagraph }, "fml")] };
  },
};
