/**
 * The addresses mailing-list software writes from: a robot (sympa@, listserv@, mailman@, majordomo@,
 * ecartis@, lyris@), a list's owner-, -owner, -request, -bounces (Mailman's VERP'd probes too:
 * list-bounces+cookie@), -admin, Majordomo's -approval or ezmlm's -help address, and Google Groups'
 * group+owners@. One
 * list, read by the list-notice decoder, the member-bounce-notice check and the trust check.
 */

const ROBOT_NAMES = "sympa|listserv|mailman|majordomo|ecartis|lyris";
const LIST_ROLES = "owner|request|bounces|admin|approval|help";

const LIST_ROBOT_ADDRESS = new RegExp(
  `^(?:${ROBOT_NAMES}|owner-[a-z0-9._+-]{1,64}|[a-z0-9._=-]{1,64}-(?:${LIST_ROLES})(?:\\+[^@\\s]{1,200})?|[a-z0-9._-]{1,64}\\+owners)@`,
  "i",
);

/** What every list robot address holds: a cheap test before the pattern runs (asked of every message). */
const MAY_BE_LIST_ROBOT = new RegExp(`${ROBOT_NAMES}|owner-|-(?:${LIST_ROLES})[@+]|\\+owners@`, "i");

/** The local part of a list robot, never the list's own address. */
const ROBOT_LOCAL_PART = new RegExp(`^(?:${ROBOT_NAMES})$|-(?:${LIST_ROLES})$`, "i");

/** Whether a text (a From header, an address) may hold a list robot's address: a cheap test for every message. */
export function mayHoldListRobotAddress(text: string): boolean {
  return MAY_BE_LIST_ROBOT.test(text);
}

/** A bare address (no brackets, no name) that list software sends from. */
export function isListRobotAddress(address: string): boolean {
  return mayHoldListRobotAddress(address) && LIST_ROBOT_ADDRESS.test(address);
}

export function isListRobotLocalPart(localPart: string): boolean {
  return ROBOT_LOCAL_PART.test(localPart);
}

const ROLE_SUFFIXED = new RegExp(`^(.+)-(?:${LIST_ROLES})(?:\\+.*)?$`, "i");

/** The list a role address belongs to: "choir" for choir-owner@, owner-choir@, choir-bounces+x@, choir+owners@. */
export function listOfRoleAddress(localPart: string): string | undefined {
  return (
    ROLE_SUFFIXED.exec(localPart)?.[1] ?? /^owner-(.+)$/i.exec(localPart)?.[1] ?? /^(.+)\+owners$/i.exec(localPart)?.[1]
  );
}
