/**
 * Every admin command the guidance offers, as data. Each carries, beside the PowerShell itself, what
 * running it changes, when it is the right command, and — when it changes anything — the read
 * command to run first and look at: a command pasted blind can do harm (adding one sender to an
 * empty accept list shuts every other sender out). Words are i18n keys (guidance.ts):
 * `adminCommand.<id>.changes` / `.when`, and `adminCommand.readsOnly` for a command that only reads.
 * test/core/diagnose/commands.test.ts holds every template to this; docs/admin-commands.md is
 * generated from this table (`npm run docs:commands`).
 */
import type { ActionTemplate } from "./model.js";

interface CommandSpec {
  /** PowerShell with `{name}` placeholders (names.ts), filled and quoted when offered */
  command: string;
  /** only offered when every placeholder it uses has a real value */
  needs?: readonly string[];
  /** the read-only command to run first; absent only for a command that itself only reads */
  readFirst?: string;
}

export interface AdminCommandTemplate extends ActionTemplate {
  kind: "admin-command";
  value: string;
  changesKey: string;
  whenKey: string;
}

function command(id: string, spec: CommandSpec): AdminCommandTemplate {
  return {
    kind: "admin-command",
    value: spec.command,
    ...(spec.needs ? { needs: spec.needs } : {}),
    changesKey: spec.readFirst ? `adminCommand.${id}.changes` : "adminCommand.readsOnly",
    whenKey: `adminCommand.${id}.when`,
    ...(spec.readFirst ? { readFirst: spec.readFirst } : {}),
  };
}

const readMailboxRestrictions =
  'Get-Mailbox -Identity "{recipient}" | Format-List AcceptMessagesOnly*,RejectMessages*,RequireSenderAuthenticationEnabled';
const readGroupRestrictions =
  'Get-DistributionGroup -Identity "{groupId}" | Format-List AcceptMessagesOnly*,RejectMessages*,RequireSenderAuthenticationEnabled';

const specs = {
  connectExchangeOnline: { command: "Connect-ExchangeOnline" },
  groupAllowExternal: {
    command: 'Set-DistributionGroup -Identity "{groupId}" -RequireSenderAuthenticationEnabled $false',
    needs: ["group"],
    readFirst: readGroupRestrictions,
  },
  unifiedGroupAllowExternal: {
    command: 'Set-UnifiedGroup -Identity "{groupId}" -RequireSenderAuthenticationEnabled $false',
    needs: ["group"],
    readFirst:
      'Get-UnifiedGroup -Identity "{groupId}" | Format-List AcceptMessagesOnlySendersOrMembers,RequireSenderAuthenticationEnabled',
  },
  groupAddSender: {
    command: 'Set-DistributionGroup -Identity "{groupId}" -AcceptMessagesOnlyFromSendersOrMembers @{Add="{sender}"}',
    needs: ["group"],
    readFirst: readGroupRestrictions,
  },
  groupAddMember: {
    command: 'Add-DistributionGroupMember -Identity "{groupId}" -Member "{sender}"',
    needs: ["group"],
    readFirst: 'Get-DistributionGroupMember -Identity "{groupId}" | Format-Table Name,PrimarySmtpAddress',
  },
  groupBypassModeration: {
    command: 'Set-DistributionGroup -Identity "{groupId}" -BypassModerationFromSendersOrMembers @{Add="{sender}"}',
    needs: ["group"],
    readFirst:
      'Get-DistributionGroup -Identity "{groupId}" | Format-List ModerationEnabled,ModeratedBy,BypassModerationFromSendersOrMembers',
  },
  groupModeration: {
    command: 'Set-DistributionGroup -Identity "{groupId}" -ModerationEnabled $true -ModeratedBy "<moderator>"',
    needs: ["group"],
    readFirst:
      'Get-DistributionGroup -Identity "{groupId}" | Format-List ModerationEnabled,ModeratedBy,AcceptMessagesOnlyFromSendersOrMembers',
  },
  externalContact: {
    command: 'New-MailContact -Name "{sender}" -ExternalEmailAddress "{sender}"',
    needs: ["sender"],
    readFirst: 'Get-Recipient -Identity "{sender}" | Format-List Name,RecipientType',
  },
  mailboxAllowExternal: {
    command: 'Set-Mailbox -Identity "{recipient}" -RequireSenderAuthenticationEnabled $false',
    needs: ["recipient"],
    readFirst: readMailboxRestrictions,
  },
  mailUserAllowExternal: {
    command: 'Set-MailUser -Identity "{recipient}" -RequireSenderAuthenticationEnabled $false',
    needs: ["recipient"],
    readFirst: 'Get-MailUser -Identity "{recipient}" | Format-List RequireSenderAuthenticationEnabled',
  },
  publicFolderAnonymous: {
    command: 'Add-PublicFolderClientPermission -Identity "\\{folder}" -User Anonymous -AccessRights CreateItems',
    needs: ["folder"],
    readFirst: 'Get-PublicFolderClientPermission -Identity "\\{folder}"',
  },
  publicFolderAllowExternal: {
    command: 'Set-MailPublicFolder -Identity "\\{folder}" -RequireSenderAuthenticationEnabled $false',
    needs: ["folder"],
    readFirst: 'Get-MailPublicFolder -Identity "\\{folder}" | Format-List RequireSenderAuthenticationEnabled',
  },
  mailboxRestrictions: { command: readMailboxRestrictions, needs: ["recipient"] },
  mailboxAcceptSender: {
    command: 'Set-Mailbox -Identity "{recipient}" -AcceptMessagesOnlyFrom @{Add="{sender}"}',
    needs: ["recipient", "sender"],
    readFirst: readMailboxRestrictions,
  },
  mailboxUnrejectSender: {
    command: 'Set-Mailbox -Identity "{recipient}" -RejectMessagesFrom @{Remove="{sender}"}',
    needs: ["recipient", "sender"],
    readFirst: readMailboxRestrictions,
  },
  rejectingTransportRules: {
    command:
      "Get-TransportRule | Where-Object { $_.RejectMessageReasonText -or $_.RejectMessageEnhancedStatusCode } | Format-List Name,Priority,RejectMessage*",
  },
  messageTrace: { command: 'Get-MessageTraceV2 -RecipientAddress "{recipientAddress}"', needs: ["recipientAddress"] },
  dkimEnable: {
    command: 'Set-DkimSigningConfig -Identity "{senderDomain}" -Enabled $true',
    needs: ["senderDomain"],
    readFirst:
      'Get-DkimSigningConfig -Identity "{senderDomain}" | Format-List Enabled,Status,Selector1CNAME,Selector2CNAME',
  },
  sendConnectorFqdn: {
    command: 'Set-SendConnector -Identity "<connector>" -Fqdn "{generatingServer}"',
    needs: ["generatingServer"],
    readFirst: "Get-SendConnector | Format-List Name,Fqdn,SmartHosts,AddressSpaces",
  },
  acceptedDomains: { command: "Get-AcceptedDomain | Format-List Name,DomainType" },
  inboundConnectors: {
    command:
      "Get-InboundConnector | Format-List Name,ConnectorType,SenderIPAddresses,TlsSenderCertificateName,RestrictDomainsToIPAddresses",
  },
  outboundConnectors: {
    command:
      "Get-OutboundConnector | Format-List Name,SmartHosts,UseMXRecord,RecipientDomains,RouteAllMessagesViaOnPremises,TlsSettings",
  },
  directSend: { command: "Get-OrganizationConfig | Format-List RejectDirectSend" },
  smtpAuthMailbox: {
    command: 'Set-CASMailbox -Identity "{sender}" -SmtpClientAuthenticationDisabled $false',
    needs: ["sender"],
    readFirst: 'Get-CASMailbox -Identity "{sender}" | Format-List SmtpClientAuthenticationDisabled',
  },
  sendAs: {
    command: 'Add-RecipientPermission -Identity "<mailbox>" -Trustee "{sender}" -AccessRights SendAs',
    needs: ["sender"],
    readFirst: 'Get-RecipientPermission -Identity "<mailbox>" | Format-Table Trustee,AccessRights',
  },
  receiveConnectors: {
    command: "Get-ReceiveConnector | Format-List Name,RemoteIPRanges,AuthMechanism,PermissionGroups",
  },
  unblockRestrictedSender: {
    command: 'Remove-BlockedSenderAddress -SenderAddress "{sender}"',
    needs: ["sender"],
    readFirst: 'Get-BlockedSenderAddress -SenderAddress "{sender}"',
  },
  inboxRules: { command: 'Get-InboxRule -Mailbox "{sender}"', needs: ["sender"] },
  autoForwarding: { command: "Get-HostedOutboundSpamFilterPolicy | Format-List Name,AutoForwardingMode" },
  removeBlockedRecipient: {
    command: 'Remove-TenantAllowBlockListItems -ListType Sender -Entries "{recipient}"',
    needs: ["recipient"],
    readFirst: 'Get-TenantAllowBlockListItems -ListType Sender -Entry "{recipient}"',
  },
  recipientLookup: { command: 'Get-Recipient -Identity "{recipient}"', needs: ["recipient"] },
  domainInternalRelay: {
    command: 'Set-AcceptedDomain -Identity "{recipientDomain}" -DomainType InternalRelay',
    needs: ["recipientDomain"],
    readFirst: 'Get-AcceptedDomain -Identity "{recipientDomain}" | Format-List Name,DomainType',
  },
  mailboxSize: {
    command: 'Get-MailboxStatistics -Identity "{recipient}" | Format-List TotalItemSize',
    needs: ["recipient"],
  },
  mailboxSizeLimits: {
    command: 'Get-Mailbox -Identity "{recipient}" | Format-List MaxSendSize,MaxReceiveSize',
    needs: ["recipient"],
  },
  organisationSizeLimits: { command: "Get-TransportConfig | Format-List MaxSendSize,MaxReceiveSize" },
  mailboxForwarding: {
    command: 'Get-Mailbox -Identity "{recipient}" | Format-List ForwardingSmtpAddress,ForwardingAddress',
    needs: ["recipient"],
  },
  allowSender: {
    command: 'New-TenantAllowBlockListItems -ListType Sender -Allow -Entries "{sender}" -NoExpiration',
    needs: ["sender"],
    readFirst: 'Get-TenantAllowBlockListItems -ListType Sender -Entry "{sender}"',
  },
} satisfies Record<string, CommandSpec>;

export type AdminCommandId = keyof typeof specs;

/** The templates by id, in the order docs/admin-commands.md lists them. */
export const adminCommands = Object.fromEntries(
  Object.entries(specs).map(([id, spec]) => [id, command(id, spec)]),
) as Record<AdminCommandId, AdminCommandTemplate>;
