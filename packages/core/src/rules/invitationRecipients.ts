import * as z from 'zod/mini';
import { displayText } from '../model/displayText.js';
import { Group } from '../model/group.js';
import { type Role, RoleAssignment } from '../model/person.js';
import { parseInput } from '../validation/parseInput.js';
import { groupMembers } from './groupMembers.js';

/** The roles that receive invitations and minutes, most senior first (001 §13). */
const RECIPIENT_ROLES: readonly string[] = [
  'chair',
  'vice-chair',
  'member',
  'representative',
  'deputy-member',
] satisfies Role[];

/**
 * Who holds an assignment: the person, or for a post without a named person its party and title, so
 * two parties' "welfare director" posts stay apart.
 */
function holderKey(assignment: RoleAssignment): string {
  if (assignment.personId !== undefined) return `person:${assignment.personId}`;
  const title = assignment.title === undefined ? '' : displayText(assignment.title, 'fi').text;
  return `post:${assignment.partyId ?? ''}:${title}`;
}

/**
 * Who receives a group's meeting invitations (kokouskutsu) and minutes (muistio): the members and
 * also the deputy members (001 §13), that is the chair, vice-chair, members (and parties'
 * representatives) and deputy members.
 *
 * The secretary is not a recipient as secretary: in the steering group the family-centre coordinator
 * is the secretary and prepares and sends the invitations (001 §13). A secretary who is also a member
 * is included through that membership. Each holder appears once, at their first place in the group's
 * member list, with their most senior recipient role (chair before vice-chair before member before representative before
 * deputy member). A holder is a person (`personId`), or for a post without a named person, its party
 * and title. Terms (`term`) are not checked. Given `options.roleAssignments` (the region's), the
 * assignments that name the group by `groupId` count as members too, after the group's own.
 *
 * @param group - the group; validated as {@link Group}
 * @param options - `roleAssignments`: the region's role assignments, validated
 * @returns one role assignment per recipient, in the order of the group's member list
 * @throws {ValidationError} when `group` is invalid; the message names the field
 * @example
 * // Members: chair anna, secretary (coordinator) sari, member ville, deputy member ville, deputy pia.
 * invitationRecipients(group).map((r) => `${r.personId} ${r.role}`);
 * // ['anna chair', 'ville member', 'pia deputy-member']
 */
export function invitationRecipients(
  group: Group,
  options: { roleAssignments?: readonly RoleAssignment[] } = {},
): RoleAssignment[] {
  const parsed = parseInput(Group, group, 'group');
  const assignments = parseInput(z.array(RoleAssignment), options.roleAssignments ?? [], 'roleAssignments');
  const chosen = new Map<string, RoleAssignment>();
  for (const assignment of groupMembers(parsed, assignments)) {
    const rank = RECIPIENT_ROLES.indexOf(assignment.role);
    if (rank < 0) continue;
    const key = holderKey(assignment);
    const current = chosen.get(key);
    // A Map keeps first-insertion order, so replacing the value keeps the holder's first position.
    if (current === undefined || rank < RECIPIENT_ROLES.indexOf(current.role)) chosen.set(key, assignment);
  }
  return [...chosen.values()];
}
