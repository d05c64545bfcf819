/**
 * The shared vocabulary of the pure core: what each stage of the pipeline
 * (read → report → diagnose → explain) hands to the next. No Office.js, React or DOM here.
 */

export type Language = "nb" | "en";
export type Audience = "sender" | "owner" | "admin";

/**
 * What the host knows of the person reading (pane: Office's userProfile and the organisation's
 * config file; CLI: --me, --org-domain). The situation step (issue 13) uses it to tell an inside
 * sender from an outside one and a help desk reading a forwarded bounce from the sender.
 */
export interface SituationContext {
  /** the reader's own address */
  readerAddress?: string;
  /** domains of the reader's organisation, lower-case, without "@" */
  orgDomains?: readonly string[];
}

/**
 * The situation (issue 13): who sent, who reads, where the message stopped. Built by situate/ from
 * the report and the host's context, read by diagnose/ to choose who must act and what to offer.
 */
export type OrgSide = "inside" | "outside" | "unknown";

/** Where the message stopped, as seen from the sender. */
export type StopPlace =
  "our-server" | "our-relay" | "recipient-server" | "recipient-filter" | "list-service" | "unknown";

/** delayed: still being tried; failed: refused; expired: the report says it stopped trying. */
export type Timing = "delayed" | "failed" | "expired";

/** What the NDR says of the group it names. */
export interface GroupFacts {
  /** display name of the restricted group, as the NDR gives it */
  name?: string;
  address?: string;
  /** the group the sender addressed, when the restricted group is nested in it */
  parent?: string;
  moderated: boolean;
  /** more than 5,000 members (Exchange's large-group rules) */
  large: boolean;
  /** where the list's owner is reached, when the notice gives it (Mailman, Sympa, LISTSERV) */
  ownerAddress?: string;
}

/** The NDR's own statement of who must act (Exchange Online's "Action Required — Recipient"). */
export interface NdrFixOwner {
  party: "sender" | "recipient";
  /** the words as the NDR writes them */
  text: string;
}

export interface RecipientSituation {
  /** who reads: the sender of the bounced message, or a help desk it was forwarded to */
  reader: "sender" | "helpdesk";
  /** the reader's organisation's domains */
  ourDomains: readonly string[];
  /** whether the sender, and the recipient, are in the reader's organisation */
  sender: OrgSide;
  recipient: OrgSide;
  /** sender and recipient are in one organisation */
  sameOrganisation: boolean;
  senderDomain?: string;
  recipientDomain?: string;
  stoppedAt: StopPlace;
  /** the server that refused or could not be reached, when known */
  stoppedHost?: string;
  /** the server that wrote the NDR, when it says */
  reportingHost?: string;
  /** our on-premises Exchange hosts the message went through before Exchange Online refused it as anonymous */
  hybridHops: readonly string[];
  group?: GroupFacts;
  ndrSays?: NdrFixOwner;
  timing: Timing;
}

export interface Situation {
  readerAddress?: string;
  reader: "sender" | "helpdesk";
  ourDomains: readonly string[];
  /** one per report recipient, in the report's order */
  recipients: RecipientSituation[];
}

// ───────────────────────── input ─────────────────────────

/** A piece of an Office item when the client cannot give us full MIME. */
export interface OfficePieces {
  bodyText?: string;
  bodyHtml?: string;
  /** getAllInternetHeadersAsync's string (the headers of the item itself). */
  internetHeaders?: string;
  subject?: string;
  from?: string;
  itemClass?: string;
  dateTimeCreated?: string;
}

/** Whatever a user or a host hands us. */
export type BounceInput =
  | { kind: "bytes"; data: Uint8Array; name?: string }
  | { kind: "text"; text: string; name?: string }
  | { kind: "office"; pieces: OfficePieces; name?: string };

/** Something wrong with the input, said plainly. The pipeline never throws for bad input. */
export interface InputProblem {
  code:
    | "empty"
    | "binary"
    | "truncated-base64"
    | "broken-mime"
    | "unknown-charset"
    | "header-only"
    | "too-large"
    | "unreadable-msg"
    | "not-a-message"
    | "internal-error";
  /** English, for logs and the CLI; the pane maps `code` to its own words. */
  detail: string;
}

// ───────────────────────── read ─────────────────────────

export interface HeaderField {
  /** lower-case name */
  name: string;
  /** unfolded, RFC 2047 decoded */
  value: string;
}

export interface MessagePart {
  contentType: string; // lower-case, without parameters
  filename?: string;
  /** decoded text for textual parts (text/*, message/delivery-status, text/rfc822-headers, message/rfc822) */
  text?: string;
  /** raw decoded bytes for binary attachments (.msg, .eml sent as octet-stream) */
  bytes?: Uint8Array;
}

/** One parsed message: the NDR itself once unwrapping is done. */
export interface ParsedMessage {
  headers: HeaderField[];
  subject: string;
  from: string;
  to: string[];
  date?: string;
  messageId?: string;
  contentType: string;
  /** best human-readable text: text/plain, or HTML reduced to text (never rendered) */
  text: string;
  /**
   * the NDR's own HTML body as received (postal-mime's `html`, Office's bodyHtml, .msg bodyHtml):
   * data only, never rendered — the trust check reads its link targets, forms and anchor texts
   */
  html?: string;
  parts: MessagePart[];
  /** where it came from */
  source: "mime" | "msg" | "office" | "text";
  /** set when this NDR was found inside another message */
  wrapper?: Wrapper;
  problems: InputProblem[];
}

export interface Wrapper {
  how: "attachment" | "inline";
  from?: string;
  date?: string;
  subject?: string;
  /** for attachments: which one (index in the outer message's attachments, and its name) */
  attachmentIndex?: number;
  attachmentName?: string;
}

// ───────────────────────── report ─────────────────────────

/**
 * What the message is: a bounce (`failed`), a delay warning, a success notice, an automatic reply, an
 * ARF complaint (`feedback`), a challenge-response check dressed as a bounce (`challenge`: the
 * recipient's filter holds the message until the sender confirms), or none of these.
 */
export type ReportKind = "failed" | "delayed" | "delivered" | "auto-reply" | "feedback" | "challenge" | "not-a-report";

export type RecipientAction = "failed" | "delayed" | "delivered" | "relayed" | "expanded";

export interface RecipientFacts {
  /** the recipient's address; "" when the report names the recipient only by display name */
  address: string;
  /** the name the report gives instead of an address (Exchange 5.5, GroupWise); never guessed from the original */
  displayName?: string;
  originalAddress?: string;
  action: RecipientAction;
  /** enhanced status code, e.g. "5.7.1" */
  status?: string;
  /** SMTP reply code, e.g. "550" */
  replyCode?: string;
  /** the server's full reply text, unfolded ("" when none was given) */
  diagnostic: string;
  remoteMta?: string;
  lastAttempt?: string;
  /** which decoder produced these facts */
  format: string;
  /** values from a less trusted source that disagreed (e.g. body vs DSN part); kept, not merged */
  disagreements?: Partial<Pick<RecipientFacts, "status" | "replyCode" | "diagnostic" | "remoteMta">> & {
    format: string;
  };
}

export interface AuthResults {
  spf?: string;
  dkim?: string;
  dmarc?: string;
  compauth?: string;
  raw: string[];
}

export interface OriginalMessage {
  subject?: string;
  messageId?: string;
  date?: string;
  from?: string;
  to: string[];
  auth?: AuthResults;
}

export interface Hop {
  from?: string;
  by?: string;
  with?: string;
  time?: string;
}

export interface DeliveryReport {
  kind: ReportKind;
  /** the decoder that read it: "rfc3464", "exchange-enhanced", "exchange-classic", "postfix", "gmail", ... */
  format: string;
  /** language of the NDR's human text (ISO 639-1), "und" when unknown */
  language: string;
  reportingMta?: string;
  generatingServer?: string;
  arrivalDate?: string;
  recipients: RecipientFacts[];
  original?: OriginalMessage;
  hops: Hop[];
  /** the NDR message as read (headers, text): for evidence context and trust scoring */
  message: ParsedMessage;
  problems: InputProblem[];
}

// ───────────────────────── diagnose ─────────────────────────

export type FixOwner = "sender" | "sender-admin" | "group-owner" | "recipient" | "recipient-admin" | "provider";

/** Names pulled from the NDR so guidance carries real values. */
export interface ExtractedNames {
  recipient?: string;
  recipientDomain?: string;
  senderAddress?: string;
  senderDomain?: string;
  groups: string[];
  blockedIp?: string;
  blocklist?: string;
  publicFolder?: string;
  tenant?: string;
  generatingServer?: string;
  remoteServer?: string;
}

export interface Evidence {
  /** the exact span that decided */
  text: string;
  /** the line it sits in, for highlighting in context */
  line: string;
  /** offset of `text` within `line` */
  start: number;
}

export type ActionKind =
  | "forward-to-delist"
  | "delist-portal"
  | "third-party-delist"
  | "contact-recipient-admin"
  | "ask-group-owner"
  | "ask-moderator"
  | "contact-own-admin"
  | "fix-address"
  | "admin-command"
  | "dns-record"
  | "copy-report";

export interface Action {
  kind: ActionKind;
  /** for admin-command: the command with real names; for dns-record: the record value */
  value?: string;
  /** for links (delist-portal, third-party-delist) */
  url?: string;
  /** for dns-record: the record's host name and type */
  host?: string;
  recordType?: "MX" | "TXT" | "CNAME" | "PTR";
  /** i18n key of a short label */
  labelKey?: string;
  /** for admin-command: i18n key of what running it changes (`adminCommand.readsOnly` when it only reads) */
  changesKey?: string;
  /** for admin-command: i18n key of when it is the right command */
  whenKey?: string;
  /** for admin-command that changes something: the read command to run first, names filled in */
  readFirst?: string;
}

export interface Diagnosis {
  causeId: string;
  /** Sisimai's reason word */
  reason: string;
  fixOwner: FixOwner;
  /** the sending server will not try again: true for a failed recipient, false for a delayed one */
  permanent: boolean;
  /** sending again later may work: the cause is a passing condition (mailbox full, greylisting, rate limit) */
  retryLater?: boolean;
  /** 0..1 */
  confidence: number;
  evidence?: Evidence;
  names: ExtractedNames;
  actions: Action[];
  sourceUrl?: string;
  /** the situation the fix owner and actions were chosen for */
  situation?: RecipientSituation;
}

// ───────────────────────── explain ─────────────────────────

export interface Step {
  text: string;
  action?: Action;
}

export interface Guidance {
  sender: Step[];
  owner: Step[];
  admin: Step[];
}

export interface TrustVerdict {
  suspicious: boolean;
  /** stable short codes ("link-lookalike", "urgent-call-to-action", ...); i18n key `trust.reason.<code>` */
  reasons: string[];
  /** 0 (fake) .. 1 (trustworthy) */
  score: number;
  /** one entry per reason: English text for logs/JSON and the span that triggered it */
  findings?: TrustFinding[];
  /** links in the NDR's own text, to show as inert text with their real host (never followed) */
  links?: NdrLink[];
}

export interface TrustFinding {
  code: string;
  /** English, for logs, the CLI and JSON; the pane maps `code` to its own words */
  text: string;
  /** what triggered it: a host, a phrase, an auth result */
  evidence?: string;
  /** how much it lowered the score */
  weight: number;
}

/** A link found in the NDR, as data only. */
export interface NdrLink {
  /** the target as written (entities decoded, at most 2,000 chars) */
  url: string;
  /** lower-case scheme without ":" ("" when none) */
  scheme: string;
  /** the real host the link goes to, lower-case ("" when none) */
  host: string;
  /** for HTML anchors: the visible text, and the host that text claims when it looks like one */
  shownText?: string;
  shownHost?: string;
  hasUserInfo: boolean;
  from: "text" | "html-anchor" | "html-form";
  /** the trust reason code this link triggered, if any */
  warning?: string;
}

export interface RecipientExplanation {
  facts: RecipientFacts;
  diagnosis: Diagnosis;
  /** one sentence */
  verdict: string;
  /** the cause's title in the chosen language */
  title: string;
  /** what the code means by the standard (shown for "unknown" too) */
  codeMeaning?: string;
  guidance: Guidance;
  /** the situation facts the answer rests on, in words ("You are outside fabrikam.com.") */
  situationFacts?: string[];
}

export interface Explanation {
  report: DeliveryReport;
  trust: TrustVerdict;
  language: Language;
  situation?: Situation;
  recipients: RecipientExplanation[];
}

/** A message the host should open for the user. Built in the core, carried out by the host. */
export interface Draft {
  kind: ActionKind;
  to: string[];
  cc: string[];
  subject: string;
  htmlBody: string;
  textBody: string;
  /** attach the NDR (or the message that carries it) as an item, when the host can */
  attachNdrItem?: boolean;
  /**
   * With attachNdrItem: the HTML body to use instead when the host cannot attach the item after all
   * (it carries the NDR's text; textBody, for copying, always does).
   */
  htmlBodyIfNotAttached?: string;
  /** With attachNdrItem: the notes for when the bounce goes as text after all (`notes` speak of the attachment). */
  notesIfNotAttached?: string[];
  /** notes for the user shown beside the draft (e.g. how to find the group owner) */
  notes: string[];
}
