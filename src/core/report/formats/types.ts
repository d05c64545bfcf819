/**
 * The common shape of a format decoder: one file per mail system in this folder, listed in
 * registry.ts in trust order. `detect` must be cheap (headers, substrings); `decode` returns
 * per-recipient facts, or undefined when the message turns out not to be in this format.
 */
import type { RecipientFacts, ReportKind } from "../../types.js";
import type { DecodeContext } from "../context.js";

export interface DecodedReport {
  recipients: RecipientFacts[];
  reportingMta?: string;
  generatingServer?: string;
  arrivalDate?: string;
  /** set by decoders that know better than the recipients' actions (feedback, auto-reply) */
  kind?: ReportKind;
  /** language of the human text when the decoder recognised it (ISO 639-1) */
  language?: string;
}

export interface FormatDecoder {
  /** short stable name, shown as DeliveryReport.format / RecipientFacts.format */
  name: string;
  /** "report-part" decoders read a machine-readable part; "body" decoders read the human text */
  source: "report-part" | "body";
  detect(ctx: DecodeContext): boolean;
  decode(ctx: DecodeContext): DecodedReport | undefined;
}
