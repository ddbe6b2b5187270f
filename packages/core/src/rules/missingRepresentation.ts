import { Agreement } from '../model/agreement.js';
import type { Id } from '../model/common.js';
import { Group } from '../model/group.js';
import type { Role } from '../model/person.js';
import { parseInput } from '../model/validation.js';

/** The roles that seat a party's representative in the group; a deputy alone is not one. */
const REPRESENTING_ROLES: readonly Role[] = ['chair', 'vice-chair', 'member'];

/**
 * The agreement's parties that have no named representative (edustaja) in a group, typically the
 * steering group, where every party is represented (000, 001 §8). A representative is a member with
 * the party's `partyId` as chair, vice-chair or member, named by person or by post (the schema ensures
 * one of the two); a deputy member alone does not represent the party.
 *
 * With a `partial` party list only the parties the agreement names are checked.
 *
 * @param group - the group; validated as {@link Group}
 * @param agreement - the agreement whose parties should be represented; validated as {@link Agreement}
 * @returns the ids of the unrepresented parties, in the agreement's order, each once
 * @throws {ValidationError} when an input is invalid; the message names the field
 * @example
 * // Parties juva, mikkeli, rantasalmi; the group has a member for juva and only a deputy for mikkeli.
 * missingRepresentation(group, agreement); // ['mikkeli', 'rantasalmi']
 */
export function missingRepresentation(group: Group, agreement: Agreement): Id[] {
  const parsedGroup = parseInput(Group, group, 'group');
  const parsedAgreement = parseInput(Agreement, agreement, 'agreement');
  const represented = new Set(
    parsedGroup.members
      .filter((member) => REPRESENTING_ROLES.includes(member.role) && member.partyId !== undefined)
      .map((member) => member.partyId),
  );
  return [...new Set(parsedAgreement.parties)].filter((partyId) => !represented.has(partyId));
}
