/**
 * Every format decoder, in trust order: machine-readable report parts first, then Exchange's
 * bodies, then the vendor text formats, then the generic MTA text reader. Adding a mail
 * system = one new file in this folder and one line here.
 */
import { amazonSes } from "./amazon-ses.js";
import { barracuda } from "./barracuda.js";
import { cisco } from "./cisco.js";
import { exim } from "./exim.js";
import { mimecast } from "./mimecast.js";
import { postfix } from "./postfix.js";
import { proofpoint } from "./proofpoint.js";
import { qmail } from "./qmail.js";
import { sendmail } from "./sendmail.js";
import { sieveReject } from "./sieve-reject.js";
import { trendMicro } from "./trend-micro.js";
import { yahoo } from "./yahoo.js";
import { arf } from "./arf.js";
import { dsnInText } from "./dsn-in-text.js";
import { fml } from "./fml.js";
import { gmail } from "./gmail.js";
import { imail } from "./imail.js";
import { vmsMail } from "./vms-mail.js";
import { microsoftJmrp } from "./microsoft-jmrp.js";
import { autoReply } from "./auto-reply.js";
import { contentFilter } from "./content-filter.js";
import { listNotice } from "./list-notice.js";
import { exchangeClassic } from "./exchange-classic.js";
import { exchangeEnhanced } from "./exchange-enhanced.js";
import { exchangeLegacy } from "./exchange-legacy.js";
import { groupwise } from "./groupwise.js";
import { domino } from "./domino.js";
import { aol } from "./aol.js";
import { mtaText } from "./mta-text.js";
import { returnedDsn, returnedOriginal } from "./returned-message.js";
import { rfc3464 } from "./rfc3464.js";
import type { FormatDecoder } from "./types.js";

export const REPORT_PART_DECODERS: readonly FormatDecoder[] = [rfc3464, arf, sieveReject];

export const BODY_DECODERS: readonly FormatDecoder[] = [
  listNotice,
  autoReply,
  contentFilter,
  dsnInText,
  amazonSes,
  microsoftJmrp,
  exchangeEnhanced,
  exchangeClassic,
  exchangeLegacy,
  groupwise,
  domino,
  aol,
  imail,
  vmsMail,
  gmail,
  fml,
  // vendor text formats: signature first, reading shared with mta-text
  barracuda,
  mimecast,
  proofpoint,
  cisco,
  trendMicro,
  yahoo,
  qmail,
  exim,
  postfix,
  sendmail,
  mtaText,
  returnedDsn,
  returnedOriginal,
];
