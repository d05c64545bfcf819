/** Placeholder values from the NDR's names, and filling `{name}` templates with them. */
import type { Action, ExtractedNames } from "../types.js";
import type { ActionTemplate } from "./model.js";

export type NameValues = Record<string, string | undefined>;

const dashed = (domain: string | undefined) => domain?.replace(/\./g, "-");

/** Every placeholder the catalogue's steps and actions may use. */
export function nameValues(names: ExtractedNames, extra: { blocklistUrl?: string } = {}): NameValues {
  return {
    recipient: names.recipient,
    recipientDomain: names.recipientDomain,
    recipientDomainDashed: dashed(names.recipientDomain),
    sender: names.senderAddress,
    senderDomain: names.senderDomain,
    senderDomainDashed: dashed(names.senderDomain),
    group: names.groups.length ? names.groups.join(", ") : undefined,
    blockedIp: names.blockedIp,
    blocklist: names.blocklist,
    blocklistUrl: extra.blocklistUrl,
    folder: names.publicFolder,
    tenant: names.tenant,
    generatingServer: names.generatingServer,
    remoteServer: names.remoteServer,
  };
}

const placeholder = /\{(\w+)\}/g;

export function fill(template: string, values: NameValues): string {
  return template.replace(placeholder, (whole, name: string) => values[name] ?? whole);
}

/** A concrete action, or undefined when a value it needs is missing from the NDR. */
export function fillAction(template: ActionTemplate, values: NameValues): Action | undefined {
  if (template.needs?.some((name) => !values[name])) return undefined;
  const action: Action = { kind: template.kind };
  if (template.value !== undefined) action.value = fill(template.value, values);
  if (template.url !== undefined) action.url = fill(template.url, values);
  if (template.host !== undefined) action.host = fill(template.host, values);
  if (template.recordType) action.recordType = template.recordType;
  action.labelKey = template.labelKey ?? `action.${template.kind}`;
  return action;
}
