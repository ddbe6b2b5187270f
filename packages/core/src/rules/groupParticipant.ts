import type { IsoDate, Locale, LocalizedText } from '../model/common.js';
import { displayText } from '../model/displayText.js';
import type { Group } from '../model/group.js';
import type { Role, RoleAssignment } from '../model/person.js';
import type { Region } from '../model/region.js';
import { roleLabels } from '../model/roleLabels.js';
import { invalid } from '../schedule/period.js';
import { inTerm, personOfPost } from '../schedule/personOfPost.js';
import { groupMembers } from './groupMembers.js';
import { invitationRecipients } from './invitationRecipients.js';

/**
 * One person or post in a group as an invitation, a calendar or a printed agenda names them: the role,
 * who holds it (a named person, or a post of a party), and the work e-mail where the region records
 * one. Nothing else about a person is carried (data minimisation, 001 §19).
 */
export interface GroupParticipant {
  /** The role in the group: `chair`, `member`, `deputy-member`, `secretary`, `coordinator`… */
  readonly role: string;
  /** The named person's id, when the role is held by a person (directly or through the post). */
  readonly personId?: string;
  /** The named person's name. */
  readonly name?: string;
  /** The post: the assignment's title, else the person's. */
  readonly title?: LocalizedText;
  readonly partyId?: string;
  /** The party's name, when the party is one of the region's. */
  readonly party?: LocalizedText;
  /** The person's work e-mail, when the region records one. */
  readonly workEmail?: string;
  /** For a deputy member: whom they stand in for, a person (id and name) or a post. */
  readonly deputyOf?: { readonly personId?: string; readonly name?: string; readonly title?: LocalizedText };
}

/**
 * A role assignment as a {@link GroupParticipant}: a post is resolved to the person the region names
 * for it (see {@link personOfPost}); the person's name, title, party and work e-mail are added.
 *
 * @param assignment - an assignment of a validated region
 * @param region - the validated region
 * @param on - the day whose term holders count, or any when absent
 * @returns the participant
 */
export function participantOf(assignment: RoleAssignment, region: Region, on?: IsoDate): GroupParticipant {
  const personId =
    assignment.personId ?? personOfPost(assignment, region.roleAssignments, on === undefined ? {} : { on });
  const person = personId === undefined ? undefined : region.people.find((p) => p.id === personId);
  const partyId = assignment.partyId ?? person?.partyId;
  const party = partyId === undefined ? undefined : region.parties.find((p) => p.id === partyId);
  const title = assignment.title ?? person?.title;
  const deputy = region.people.find((p) => p.id === assignment.deputyOf);
  const deputyOf =
    assignment.deputyOf !== undefined || assignment.deputyOfTitle !== undefined
      ? {
          ...(assignment.deputyOf === undefined ? {} : { personId: assignment.deputyOf }),
          ...(deputy === undefined ? {} : { name: deputy.name }),
          ...(assignment.deputyOfTitle === undefined ? {} : { title: assignment.deputyOfTitle }),
        }
      : undefined;
  return {
    role: assignment.role,
    ...(personId === undefined ? {} : { personId }),
    ...(person === undefined ? {} : { name: person.name }),
    ...(title === undefined ? {} : { title }),
    ...(partyId === undefined ? {} : { partyId }),
    ...(party === undefined ? {} : { party: party.name }),
    ...(person?.workEmail === undefined ? {} : { workEmail: person.workEmail }),
    ...(deputyOf === undefined ? {} : { deputyOf }),
  };
}

/**
 * The group with the id, or a `ValidationError` naming `query.groupId` and listing nothing else.
 *
 * @param region - the validated region
 * @param groupId - the id asked for
 * @param input - the argument name for the message (`query`)
 * @returns the group
 */
export function groupById(region: Region, groupId: string, input = 'query'): Group {
  const group = region.groups.find((g) => g.id === groupId);
  if (group === undefined)
    invalid(
      { input, path: [] },
      'groupId',
      { code: 'unknown-reference', expected: 'group' },
      'no group with this id',
      groupId,
    );
  return group;
}

/**
 * A participant's name in one language: the person's name, else the post and its party.
 *
 * @param participant - the participant
 * @param locale - interface language
 * @returns e.g. `Hanna Kokkonen`, or `hyvinvointijohtaja (Rantasalmen kunta)`
 * @example
 * participantName({ role: 'member', title: { fi: 'sivistysjohtaja' }, party: { fi: 'Juvan kunta' } }, 'fi');
 * // 'sivistysjohtaja (Juvan kunta)'
 */
export function participantName(participant: GroupParticipant, locale: Locale): string {
  if (participant.name !== undefined) return participant.name;
  const role = participant.role;
  const title =
    participant.title !== undefined
      ? displayText(participant.title, locale).text
      : Object.hasOwn(roleLabels, role)
        ? roleLabels[role as Role][locale]
        : role;
  return participant.party === undefined ? title : `${title} (${displayText(participant.party, locale).text})`;
}

/**
 * {@link invitationList} over a validated region and group (no validation, for callers that hold them).
 *
 * @param r - the validated region
 * @param group - one of its groups
 * @param on - the day whose term holders count, or any when absent
 * @returns the recipients
 */
export function invitationListOf(r: Region, group: Group, on?: IsoDate): GroupParticipant[] {
  const recipients = invitationRecipients(
    { ...group, members: group.members.filter((m) => inTerm(m, on)) },
    { roleAssignments: r.roleAssignments.filter((a) => inTerm(a, on)) },
  );
  return recipients.map((assignment) => participantOf(assignment, r, on));
}

/**
 * {@link groupRoleHolder} over a validated region and group (no validation, for callers that hold them).
 *
 * @param r - the validated region
 * @param group - one of its groups
 * @param role - the role asked about
 * @param on - the day whose term holders count, or any when absent
 * @returns the holder, or `undefined`
 */
export function roleHolderOf(r: Region, group: Group, role: string, on?: IsoDate): GroupParticipant | undefined {
  const own = groupMembers(group, r.roleAssignments).filter((a) => a.role === role && inTerm(a, on));
  const regionWide = r.roleAssignments.filter(
    (a) => a.role === role && a.groupId === undefined && a.personId !== undefined && inTerm(a, on),
  );
  // A member row naming a person wins; then a post the region resolves; then the region-level holder.
  const candidates = [...own, ...regionWide].map((a) => participantOf(a, r, on));
  return candidates.find((p) => p.personId !== undefined) ?? candidates[0];
}
