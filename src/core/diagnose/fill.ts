/** Placeholder values from the NDR's names, and filling `{name}` templates with them. */
import type { Action, ExtractedNames, RecipientSituation } from "../types.js";
import { fillPlaceholders } from "../text/placeholders.js";
import type { ActionTemplate } from "./model.js";

export type NameValues = Record<string, string | undefined>;

const dashed = (domain: string | undefined) => domain?.split(".").join("-");

/** Every placeholder the catalogue's steps and actions may use. */
export function nameValues(
  names: ExtractedNames,
  extra: { blocklistUrl?: string; situation?: RecipientSituation } = {},
): NameValues {
  const sit = extra.situation;
  const groups = listGroups(names, sit);
  return {
    recipient: names.recipient,
    // a display name ("Bjorn Strand") is no value for a command's address parameter
    recipientAddress: names.recipient?.includes("@") ? names.recipient : undefined,
    recipientDomain: names.recipientDomain,
    recipientDomainDashed: dashed(names.recipientDomain),
    sender: names.senderAddress,
    senderDomain: names.senderDomain,
    senderDomainDashed: dashed(names.senderDomain),
    // a list service's notice is about the list itself: the recipient is the group
    group: groupForPeople(groups),
    groupId: groupIdentity(groups),
    blockedIp: names.blockedIp,
    blocklist: names.blocklist,
    blocklistUrl: extra.blocklistUrl,
    folder: names.publicFolder,
    tenant: names.tenant,
    generatingServer: names.generatingServer,
    remoteServer: names.remoteServer ?? sit?.stoppedHost,
    stoppedHost: sit?.stoppedHost,
    listOwner: sit?.group?.ownerAddress,
    parentGroup: sit?.group?.parent,
    nestedGroup: sit?.group?.parent
      ? groupForPeople([sit.group.name, sit.group.address].filter(Boolean) as string[])
      : undefined,
    hybridHops: sit?.hybridHops.length ? sit.hybridHops.join(", ") : undefined,
    ourDomain: sit?.ourDomains[0],
  };
}

/**
 * Actions filled from one set of values, each template once: diagnose fills every step's action for
 * the diagnosis' list, and explain/ the same steps again for their words (it gets copies).
 */
export class ActionFiller {
  private readonly filled = new Map<ActionTemplate, Action | undefined>();
  constructor(readonly values: NameValues) {}

  action(template: ActionTemplate): Action | undefined {
    if (this.filled.has(template)) {
      const action = this.filled.get(template);
      return action && { ...action };
    }
    const action = fillAction(template, this.values);
    this.filled.set(template, action);
    return action;
  }
}

/** The filler each diagnosis was given, for explain/ to fill the same steps without reading the NDR again. */
const fillers = new WeakMap<object, ActionFiller>();

export function rememberFiller(diagnosis: object, filler: ActionFiller): void {
  fillers.set(diagnosis, filler);
}

export function rememberedFiller(diagnosis: object): ActionFiller | undefined {
  return fillers.get(diagnosis);
}

function listGroups(names: ExtractedNames, sit: RecipientSituation | undefined): string[] {
  if (names.groups.length > 0 || sit?.stoppedAt !== "list-service") return names.groups;
  return [sit.group?.address ?? names.recipient].filter((g): g is string => Boolean(g));
}

/**
 * The restricted group as people read it. The NDR usually names it twice — by display name in its
 * text and by the address the message went to — and that is one group: "Board (board@fabrikam.com)".
 */
function groupForPeople(groups: string[]): string | undefined {
  const names = groups.filter((g) => !g.includes("@"));
  const addresses = groups.filter((g) => g.includes("@"));
  if (names.length === 1 && addresses.length === 1) return `${names[0]} (${addresses[0]})`;
  return groups.length ? groups.join(", ") : undefined;
}

/** The one value a command's -Identity takes: the group's address where the NDR gives it (unique), else its name. */
function groupIdentity(groups: string[]): string | undefined {
  return groups.find((g) => g.includes("@")) ?? groups[0];
}

/** `template` with each `{name}` replaced by its value, passed through `make` (e.g. quoting for a command). */
export function fill(template: string, values: NameValues, make: (value: string) => string = (v) => v): string {
  return fillPlaceholders(template, (name) => {
    const value = values[name];
    return value === undefined ? undefined : make(value);
  });
}

const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** What ends or expands a double-quoted PowerShell string: backtick, $, and straight or curly double quotes. */
const powerShellSpecial = /[`$"\u201c\u201d\u201e]/g;

/**
 * A name from the NDR made safe inside a command's double quotes. The NDR is written by strangers:
 * a "group name" such as `x"; Remove-Mailbox ceo; "` or `$(…)` must stay text when an admin pastes
 * the command, so each special character is escaped with PowerShell's backtick and line breaks
 * (which would start a new command) become spaces.
 */
export function powerShellQuotable(value: string): string {
  return withoutControls(value).replace(powerShellSpecial, (c) => `\`${c}`);
}

function withoutControls(value: string): string {
  return value.replace(controlCharacters, " ");
}

/** A concrete action, or undefined when a value it needs is missing from the NDR. */
export function fillAction(template: ActionTemplate, values: NameValues): Action | undefined {
  if (template.needs?.some((name) => !values[name])) return undefined;
  const action: Action = { kind: template.kind };
  const make = template.kind === "admin-command" ? powerShellQuotable : withoutControls;
  if (template.value !== undefined) action.value = fill(template.value, values, make);
  if (template.url !== undefined) action.url = fill(template.url, values, make);
  if (template.host !== undefined) action.host = fill(template.host, values, make);
  if (template.recordType) action.recordType = template.recordType;
  if (template.changesKey) action.changesKey = template.changesKey;
  if (template.whenKey) action.whenKey = template.whenKey;
  if (template.readFirst !== undefined) action.readFirst = fill(template.readFirst, values, make);
  action.labelKey = template.labelKey ?? `action.${template.kind}`;
  return action;
}
