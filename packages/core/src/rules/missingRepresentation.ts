import * as z from 'zod/mini';
import { Agreement } from '../model/agreement.js';
import type { Id } from '../model/common.js';
import { Group } from '../model/group.js';
import { type Role, RoleAssignment } from '../model/person.js';
import { parseInput } from '../validation/parseInput.js';
import { groupMembers } from './groupMembers.js';

/** The roles that seat a party's representative (edustaja) in the group; a deputy alone is not one. */
const REPRESENTING_ROLES: readonly string[] = ['chair', 'vice-chair', 'member', 'representative'] satisfies Role[];

/**
 * The agreement's parties that have no named representative (edustaja) in a group, typically the
 * steering group, where every party is represented (000, 001 §8). A representative is a member with
 * the party's `partyId` as chair, vice-chair, member or representative, named by person or by post (the schema ensures
 * one of the two); a deputy member alone does not represent the party. Members are read wherever the
 * file records them: the group's `members`, and, given `options.roleAssignments` (the region's), the
 * assignments that name the group by `groupId` (000 records the steering-group representatives so).
 *
 * With a `partial` party list only the parties the agreement names are checked.
 *
 * @param group - the group; validated as {@link Group}
 * @param agreement - the agreement whose parties should be represented; validated as {@link Agreement}
 * @param options - `roleAssignments`: the region's role assignments, validated
 * @returns the ids of the unrepresented parties, in the agreement's order, each once
 * @throws {ValidationError} when an input is invalid; the message names the field
 * @example
 * // Parties juva, mikkeli, rantasalmi; the group has a member for juva and only a deputy for mikkeli.
 * missingRepresentation(group, agreement); // ['mikkeli', 'rantasalmi']
 */
export function missingRepresentation(
  group: Group,
  agreement: Agreement,
  options: { roleAssignments?: readonly RoleAssignment[] } = {},
): Id[] {
  const parsedGroup = parseInput(Group, group, 'group');
  const parsedAgreement = parseInput(Agreement, agreement, 'agreement');
  const assignments = parseInput(z.array(RoleAssignment), options.roleAssignments ?? [], 'roleAssignments');
  const represented = new Set(
    groupMembers(parsedGroup, assignments)
      .filter((member) => REPRESENTING_ROLES.includes(member.role) && member.partyId !== undefined)
      .map((member) => member.partyId),
  );
  return [...new Set(parsedAgreement.parties)].filter((partyId) => !represented.has(partyId));
}
