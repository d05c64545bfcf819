/**
 * Steps that only make sense in a situation (issue 13): from outside a group's organisation, through
 * on-premises Exchange, at our own smart host, when the fix lies in another organisation. Shared steps
 * stay in causes/steps.ts.
 */
import type { StepTemplate } from "./model.js";

const step = (key: string, action?: StepTemplate["action"]): StepTemplate => (action ? { key, action } : { key });
const toRecipientAdmin: StepTemplate["action"] = {
  kind: "contact-recipient-admin",
  value: "postmaster@{recipientDomain}",
  needs: ["recipientDomain"],
};

export const situated = {
  /** an outside sender cannot find or ask the owner of another organisation's group */
  askRecipientSideForGroup: step("step.sender.askRecipientSideForGroup", toRecipientAdmin),
  askRecipientAdminMx: step("step.sender.askRecipientAdminMx", toRecipientAdmin),
  askRecipientAdminRelay: step("step.sender.askRecipientAdminRelay", toRecipientAdmin),
  hybridToOwnAdmin: step("step.sender.hybridToOwnAdmin", { kind: "contact-own-admin" }),
  ownRelayToOwnAdmin: step("step.sender.ownRelayToOwnAdmin", { kind: "contact-own-admin" }),
  stillTrying: step("step.sender.stillTrying"),
  stillTryingThen: step("step.sender.stillTryingThen"),
  askListOwner: step("step.sender.askListOwner", {
    kind: "ask-group-owner",
    value: "{listOwner}",
    needs: ["listOwner"],
  }),
  askListOwnerUnnamed: step("step.sender.askListOwnerUnnamed", { kind: "ask-group-owner", value: "{group}" }),
  waitForModerator: step("step.sender.waitForModerator"),
  moderatorDecided: step("step.sender.moderatorDecided"),
  sharedProviderIp: step("step.sender.sharedProviderIp"),
  adminSharedProviderIp: step("step.admin.sharedProviderIp"),
  ownerOutside: step("step.owner.outsideOrganisation"),
  ownerHybrid: step("step.owner.hybridNotTheGroup"),
  ownerNoGroup: step("step.owner.noGroupNamed"),
  ownerModeratorDecided: step("step.owner.moderatorDecided"),
  /** the admin tab when the setting lives in the recipient's organisation, not the reader's */
  adminOtherOrganisation: step("step.admin.otherOrganisation", toRecipientAdmin),
  adminOtherOrganisationFault: step("step.admin.otherOrganisationFault", toRecipientAdmin),
  adminSenderOrganisation: step("step.admin.senderOrganisation"),
  adminHybridAuth: step("step.admin.hybridAuthentication"),
  adminSmartHost: step("step.admin.smartHostRefused"),
  adminSmartHostUnreachable: step("step.admin.smartHostUnreachable"),
  /** a recipient at a free-mail service (situate/mail-services.ts): no email admin there takes requests */
  mailServiceMarkSafe: step("step.sender.mailServiceMarkSafe"),
  mailServiceUnblock: step("step.sender.mailServiceUnblock"),
  mailServiceSendingSide: step("step.sender.mailServiceSendingSide", { kind: "contact-own-admin" }),
  mailServiceSendingSideIfItLasts: step("step.sender.mailServiceSendingSideIfItLasts"),
  adminMailServiceSendingSide: step("step.admin.mailServiceSendingSide"),
  adminMailServiceRecipientSetting: step("step.admin.mailServiceRecipientSetting"),
  adminMailServiceMailbox: step("step.admin.mailServiceMailbox"),
  /** trouble on the service's own servers: nothing to let through and no postmaster who answers */
  mailServiceFault: step("step.sender.mailServiceFault"),
  mailServiceUnreachable: step("step.sender.mailServiceUnreachable"),
  adminMailServiceFault: step("step.admin.mailServiceFault"),
  adminMailServiceUnreachable: step("step.admin.mailServiceUnreachable"),
  /** a refusal we can't read: the sender's IT reads the reply; no admin there to ask what it means */
  mailServiceUnknown: step("step.sender.mailServiceUnknown", { kind: "contact-own-admin" }),
  adminMailServiceUnknown: step("step.admin.mailServiceUnknown"),
} satisfies Record<string, StepTemplate>;
