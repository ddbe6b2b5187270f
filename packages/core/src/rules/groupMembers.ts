import type { Group } from '../model/group.js';
import type { RoleAssignment } from '../model/person.js';

/**
 * Everyone a file records in a group: the group's own `members`, then the region's `roleAssignments`
 * that name the group (`groupId`), wherever the file chose to write them. Rules that ask who sits in
 * a group read this, so a representative recorded outside the group still counts.
 *
 * @param group - a validated group
 * @param roleAssignments - the region's role assignments (any; those of other groups are ignored)
 * @returns the assignments, the group's own first, in file order
 * @example
 * groupMembers(steeringGroup, etelaSavo.roleAssignments).filter((m) => m.partyId === 'rantasalmi');
 * // the welfare director of Rantasalmi, recorded in roleAssignments with groupId 'steering-group' (000)
 */
export function groupMembers(group: Group, roleAssignments: readonly RoleAssignment[] = []): RoleAssignment[] {
  return [...group.members, ...roleAssignments.filter((assignment) => assignment.groupId === group.id)];
}
