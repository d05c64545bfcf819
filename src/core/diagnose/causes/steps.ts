/**
 * The guidance steps causes share: the i18n key of each step's text (guidance.ts) and the
 * action it carries. Placeholders such as {group} are filled from the NDR's names (names.ts).
 */
import type { StepTemplate } from "../model.js";

const step = (key: string, action?: StepTemplate["action"]): StepTemplate => (action ? { key, action } : { key });
const cmd = (value: string, needs?: string[]): StepTemplate["action"] => ({ kind: "admin-command", value, needs });

/** Steps for the person who sent the message. */
export const sender = {
  askRecipientAdmin: step("step.sender.askRecipientAdmin", {
    kind: "contact-recipient-admin",
    value: "postmaster@{recipientDomain}",
    needs: ["recipientDomain"],
  }),
  askRecipientAllow: step("step.sender.askRecipientAllow"),
  askGroupOwner: step("step.sender.askGroupOwner", { kind: "ask-group-owner", value: "{group}" }),
  findGroupOwner: step("step.sender.findGroupOwner"),
  joinGroup: step("step.sender.joinGroup"),
  askModerator: step("step.sender.askModerator", { kind: "ask-moderator", value: "{group}" }),
  contactOwnAdmin: step("step.sender.contactOwnAdmin", { kind: "contact-own-admin" }),
  forwardToOwnAdmin: step("step.sender.forwardToOwnAdmin", { kind: "contact-own-admin" }),
  checkAddress: step("step.sender.checkAddress", { kind: "fix-address", value: "{recipient}" }),
  checkDomain: step("step.sender.checkDomain", { kind: "fix-address", value: "{recipientDomain}" }),
  otherChannel: step("step.sender.otherChannel"),
  resendLater: step("step.sender.resendLater"),
  nothingYet: step("step.sender.nothingYet"),
  shrinkMessage: step("step.sender.shrinkMessage"),
  removeAttachment: step("step.sender.removeAttachment"),
  rewriteContent: step("step.sender.rewriteContent"),
  checkCredentials: step("step.sender.checkCredentials"),
  useOwnAddress: step("step.sender.useOwnAddress"),
  newMessageNotReply: step("step.sender.newMessageNotReply"),
  secureAccount: step("step.sender.secureAccount"),
  slowDown: step("step.sender.slowDown"),
  copyReport: step("step.sender.copyReport", { kind: "copy-report" }),
  mailingListJoin: step("step.sender.mailingListJoin"),
  unknownAsk: step("step.sender.unknownAsk", {
    kind: "contact-recipient-admin",
    value: "postmaster@{recipientDomain}",
    needs: ["recipientDomain"],
  }),
} satisfies Record<string, StepTemplate>;

/** Steps for the owner (or moderator) of a restricted group. */
export const owner = {
  addAllowedSender: step(
    "step.owner.addAllowedSender",
    cmd('Set-DistributionGroup -Identity "{groupId}" -AcceptMessagesOnlyFromSendersOrMembers @{Add="{sender}"}', [
      "group",
    ]),
  ),
  addMember: step(
    "step.owner.addMember",
    cmd('Add-DistributionGroupMember -Identity "{groupId}" -Member "{sender}"', ["group"]),
  ),
  allowExternal: step(
    "step.owner.allowExternal",
    cmd('Set-DistributionGroup -Identity "{groupId}" -RequireSenderAuthenticationEnabled $false', ["group"]),
  ),
  changeTransportRule: step("step.owner.changeTransportRule"),
  approveMessage: step("step.owner.approveMessage"),
  bypassModeration: step(
    "step.owner.bypassModeration",
    cmd('Set-DistributionGroup -Identity "{groupId}" -BypassModerationFromSendersOrMembers @{Add="{sender}"}', [
      "group",
    ]),
  ),
  largeGroup: step("step.owner.largeGroup"),
  listSettings: step("step.owner.listSettings"),
  notAGroup: step("step.owner.notAGroup"),
} satisfies Record<string, StepTemplate>;

/** Steps for an email administrator (the recipient's or the sender's, as the cause says). */
export const admin = {
  connectPowerShell: step("step.admin.connectPowerShell", cmd("Connect-ExchangeOnline")),
  groupAllowExternal: step(
    "step.admin.groupAllowExternal",
    cmd('Set-DistributionGroup -Identity "{groupId}" -RequireSenderAuthenticationEnabled $false', ["group"]),
  ),
  unifiedGroupAllowExternal: step(
    "step.admin.unifiedGroupAllowExternal",
    cmd('Set-UnifiedGroup -Identity "{groupId}" -RequireSenderAuthenticationEnabled $false', ["group"]),
  ),
  groupAddSender: step(
    "step.admin.groupAddSender",
    cmd('Set-DistributionGroup -Identity "{groupId}" -AcceptMessagesOnlyFromSendersOrMembers @{Add="{sender}"}', [
      "group",
    ]),
  ),
  externalContact: step(
    "step.admin.externalContact",
    cmd('New-MailContact -Name "{sender}" -ExternalEmailAddress "{sender}"', ["sender"]),
  ),
  mailboxAllowExternal: step(
    "step.admin.mailboxAllowExternal",
    cmd('Set-Mailbox -Identity "{recipient}" -RequireSenderAuthenticationEnabled $false', ["recipient"]),
  ),
  mailUserAllowExternal: step(
    "step.admin.mailUserAllowExternal",
    cmd('Set-MailUser -Identity "{recipient}" -RequireSenderAuthenticationEnabled $false', ["recipient"]),
  ),
  recipientAllowExternal: step("step.admin.recipientAllowExternal"),
  publicFolderAnonymous: step(
    "step.admin.publicFolderAnonymous",
    cmd('Add-PublicFolderClientPermission -Identity "\\{folder}" -User Anonymous -AccessRights CreateItems', [
      "folder",
    ]),
  ),
  publicFolderAuth: step(
    "step.admin.publicFolderAuth",
    cmd('Set-MailPublicFolder -Identity "\\{folder}" -RequireSenderAuthenticationEnabled $false', ["folder"]),
  ),
  inspectRestrictions: step(
    "step.admin.inspectRestrictions",
    cmd(
      'Get-Recipient -Identity "{recipient}" | Format-List AcceptMessagesOnlyFrom*,RejectMessagesFrom*,RequireSenderAuthenticationEnabled',
      ["recipient"],
    ),
  ),
  recipientAllowSender: step(
    "step.admin.recipientAllowSender",
    cmd('Set-Mailbox -Identity "{recipient}" -AcceptMessagesOnlyFrom @{Add="{sender}"}', ["recipient", "sender"]),
  ),
  recipientUnblockSender: step(
    "step.admin.recipientUnblockSender",
    cmd('Set-Mailbox -Identity "{recipient}" -RejectMessagesFrom @{Remove="{sender}"}', ["recipient", "sender"]),
  ),
  hybridDisabledAccount: step("step.admin.hybridDisabledAccount"),
  largeGroupModeration: step(
    "step.admin.largeGroupModeration",
    cmd('Set-DistributionGroup -Identity "{groupId}" -ModerationEnabled $true -ModeratedBy "<moderator>"', ["group"]),
  ),
  transportRule: step(
    "step.admin.transportRule",
    cmd(
      "Get-TransportRule | Where-Object { $_.RejectMessageReasonText -or $_.RejectMessageEnhancedStatusCode } | Format-List Name,Priority,RejectMessage*",
    ),
  ),
  messageTrace: step(
    "step.admin.messageTrace",
    cmd('Get-MessageTraceV2 -RecipientAddress "{recipient}"', ["recipient"]),
  ),
  forwardToDelist: step("step.admin.forwardToDelist", {
    kind: "forward-to-delist",
    value: "delist@messaging.microsoft.com",
  }),
  delistPortal: step("step.admin.delistPortal", { kind: "delist-portal", url: "https://sender.office.com/" }),
  thirdPartyDelist: step("step.admin.thirdPartyDelist", {
    kind: "third-party-delist",
    url: "{blocklistUrl}",
    needs: ["blocklistUrl"],
  }),
  findListingCause: step("step.admin.findListingCause"),
  outlookComSupport: step("step.admin.outlookComSupport", {
    kind: "delist-portal",
    url: "https://olcsupport.office.com/",
  }),
  googlePostmaster: step("step.admin.googlePostmaster", {
    kind: "third-party-delist",
    url: "https://support.google.com/mail/answer/81126",
  }),
  yahooSenderHub: step("step.admin.yahooSenderHub", {
    kind: "third-party-delist",
    url: "https://senders.yahooinc.com/",
  }),
  appleGuidance: step("step.admin.appleGuidance", {
    kind: "third-party-delist",
    url: "https://support.apple.com/en-us/102322",
  }),
  spfRecord: step("step.admin.spfRecord", {
    kind: "dns-record",
    recordType: "TXT",
    host: "{senderDomain}",
    value: "v=spf1 include:spf.protection.outlook.com -all",
    needs: ["senderDomain"],
  }),
  spfLookups: step("step.admin.spfLookups"),
  dkimSelector1: step("step.admin.dkimSelector1", {
    kind: "dns-record",
    recordType: "CNAME",
    host: "selector1._domainkey.{senderDomain}",
    value: "selector1-{senderDomainDashed}._domainkey.{tenant}.onmicrosoft.com",
    needs: ["senderDomain", "tenant"],
  }),
  dkimSelector2: step("step.admin.dkimSelector2", {
    kind: "dns-record",
    recordType: "CNAME",
    host: "selector2._domainkey.{senderDomain}",
    value: "selector2-{senderDomainDashed}._domainkey.{tenant}.onmicrosoft.com",
    needs: ["senderDomain", "tenant"],
  }),
  dkimEnable: step(
    "step.admin.dkimEnable",
    cmd('Set-DkimSigningConfig -Identity "{senderDomain}" -Enabled $true', ["senderDomain"]),
  ),
  dmarcRecord: step("step.admin.dmarcRecord", {
    kind: "dns-record",
    recordType: "TXT",
    host: "_dmarc.{senderDomain}",
    value: "v=DMARC1; p=none; rua=mailto:dmarc@{senderDomain}",
    needs: ["senderDomain"],
  }),
  dmarcAlign: step("step.admin.dmarcAlign"),
  ptrRecord: step("step.admin.ptrRecord", {
    kind: "dns-record",
    recordType: "PTR",
    host: "{blockedIp}",
    value: "{generatingServer}",
    needs: ["blockedIp"],
  }),
  heloName: step(
    "step.admin.heloName",
    cmd('Set-SendConnector -Identity "<connector>" -Fqdn "{generatingServer}"', ["generatingServer"]),
  ),
  ipv4Fallback: step("step.admin.ipv4Fallback"),
  fromHeader: step("step.admin.fromHeader"),
  nullMx: step("step.admin.nullMx"),
  bulkRequirements: step("step.admin.bulkRequirements"),
  mxRecord: step("step.admin.mxRecord", {
    kind: "dns-record",
    recordType: "MX",
    host: "{recipientDomain}",
    value: "0 {recipientDomainDashed}.mail.protection.outlook.com",
    needs: ["recipientDomain"],
  }),
  singleMx: step("step.admin.singleMx"),
  connectivityAnalyzer: step("step.admin.connectivityAnalyzer"),
  acceptedDomain: step("step.admin.acceptedDomain", cmd("Get-AcceptedDomain | Format-List Name,DomainType")),
  domainActive: step("step.admin.domainActive"),
  hybridWizard: step("step.admin.hybridWizard"),
  inboundConnector: step(
    "step.admin.inboundConnector",
    cmd(
      "Get-InboundConnector | Format-List Name,ConnectorType,SenderIPAddresses,TlsSenderCertificateName,RestrictDomainsToIPAddresses",
    ),
  ),
  outboundConnector: step(
    "step.admin.outboundConnector",
    cmd(
      "Get-OutboundConnector | Format-List Name,SmartHosts,UseMXRecord,RecipientDomains,RouteAllMessagesViaOnPremises,TlsSettings",
    ),
  ),
  certificateChain: step("step.admin.certificateChain"),
  directSend: step("step.admin.directSend", cmd("Get-OrganizationConfig | Format-List RejectDirectSend")),
  relayConnector: step("step.admin.relayConnector"),
  anonymousReceive: step("step.admin.anonymousReceive"),
  smtpAuthMailbox: step(
    "step.admin.smtpAuthMailbox",
    cmd('Set-CASMailbox -Identity "{sender}" -SmtpClientAuthenticationDisabled $false', ["sender"]),
  ),
  smtpAuthModern: step("step.admin.smtpAuthModern"),
  smarthostCredentials: step("step.admin.smarthostCredentials"),
  sendAs: step(
    "step.admin.sendAs",
    cmd('Add-RecipientPermission -Identity "<mailbox>" -Trustee "{sender}" -AccessRights SendAs', ["sender"]),
  ),
  exchangeServerAuth: step(
    "step.admin.exchangeServerAuth",
    cmd("Get-ReceiveConnector | Format-List Name,RemoteIPRanges,AuthMechanism,PermissionGroups"),
  ),
  googleRelay: step("step.admin.googleRelay"),
  tlsSettings: step("step.admin.tlsSettings"),
  daneMtaSts: step("step.admin.daneMtaSts"),
  restrictedUsers: step(
    "step.admin.restrictedUsers",
    cmd('Remove-BlockedSenderAddress -SenderAddress "{sender}"', ["sender"]),
  ),
  secureCompromised: step("step.admin.secureCompromised", cmd('Get-InboxRule -Mailbox "{sender}"', ["sender"])),
  supportCase: step("step.admin.supportCase"),
  registerDomains: step("step.admin.registerDomains"),
  externalForwarding: step(
    "step.admin.externalForwarding",
    cmd("Get-HostedOutboundSpamFilterPolicy | Format-List Name,AutoForwardingMode"),
  ),
  tenantBlockList: step(
    "step.admin.tenantBlockList",
    cmd('Remove-TenantAllowBlockListItems -ListType Sender -Entries "{recipient}"', ["recipient"]),
  ),
  waitThrottle: step("step.admin.waitThrottle"),
  multiGeo: step("step.admin.multiGeo"),
  dbeb: step("step.admin.dbeb", cmd('Get-Recipient -Identity "{recipient}"', ["recipient"])),
  dbebDomainType: step(
    "step.admin.dbebDomainType",
    cmd('Set-AcceptedDomain -Identity "{recipientDomain}" -DomainType InternalRelay', ["recipientDomain"]),
  ),
  mailboxQuota: step(
    "step.admin.mailboxQuota",
    cmd('Get-MailboxStatistics -Identity "{recipient}" | Format-List TotalItemSize', ["recipient"]),
  ),
  sizeLimits: step(
    "step.admin.sizeLimits",
    cmd('Get-Mailbox -Identity "{recipient}" | Format-List MaxSendSize,MaxReceiveSize', ["recipient"]),
  ),
  orgSizeLimits: step("step.admin.orgSizeLimits", cmd("Get-TransportConfig | Format-List MaxSendSize,MaxReceiveSize")),
  mailLoop: step(
    "step.admin.mailLoop",
    cmd('Get-Mailbox -Identity "{recipient}" | Format-List ForwardingSmtpAddress,ForwardingAddress', ["recipient"]),
  ),
  expiredQueue: step("step.admin.expiredQueue"),
  recipientDns: step("step.admin.recipientDns"),
  senderAddress: step("step.admin.senderAddress"),
  contentFormat: step("step.admin.contentFormat"),
  allowSender: step(
    "step.admin.allowSender",
    cmd('New-TenantAllowBlockListItems -ListType Sender -Allow -Entries "{sender}" -NoExpiration', ["sender"]),
  ),
  removeBlockEntry: step("step.admin.removeBlockEntry"),
  gatewayPolicy: step("step.admin.gatewayPolicy"),
  recipientRateLimit: step("step.admin.recipientRateLimit"),
  reputation: step("step.admin.reputation"),
  accountState: step("step.admin.accountState"),
  systemProblem: step("step.admin.systemProblem"),
  mailingListAdmin: step("step.admin.mailingListAdmin"),
  readFullReply: step("step.admin.readFullReply", { kind: "copy-report" }),
} satisfies Record<string, StepTemplate>;
