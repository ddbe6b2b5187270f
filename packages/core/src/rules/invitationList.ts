import * as z from 'zod/mini';
import { Id, IsoDate } from '../model/common.js';
import { Region } from '../model/region.js';
import { parseInput } from '../validation/parseInput.js';
import { type GroupParticipant, groupById, invitationListOf } from './groupParticipant.js';

/** What {@link invitationList} is asked: the group, and optionally the day whose term holders count. */
export const InvitationListQuery = z.strictObject({ groupId: Id, on: z.optional(IsoDate) });
export type InvitationListQuery = z.infer<typeof InvitationListQuery>;

/**
 * Who a group's invitations and minutes go to (001 §13: members and deputy members), as a mailing list:
 * {@link invitationRecipients} over the group's members and the region's role assignments that name
 * the group, each resolved to the person who holds it — the named person, or for a post the person a
 * region-level role assignment (one naming no group) names with the same title and party — with the
 * party's name and the person's work e-mail where the region records one. Posts nobody is named for
 * stay posts (no `personId`, no e-mail). With `on`, only assignments whose `term` contains that day count.
 *
 * @param region - the region; validated as `Region`
 * @param query - `groupId`, and `on` (`YYYY-MM-DD`) to honour terms
 * @returns the recipients in the group's member order, most senior role of each holder
 * @throws ValidationError when the region or the query is invalid, or no group has the id (`query.groupId`)
 * @example
 * invitationList(pohjanmaaExample, { groupId: 'steering-group' })[0];
 * // { role: 'chair', personId: 'example-chair', name: 'Exempel Ordförande', title: { sv: 'välfärdsdirektören' },
 * //   partyId: 'osterbotten', party: { fi: 'Pohjanmaan hyvinvointialue', sv: 'Österbottens välfärdsområde' },
 * //   workEmail: 'ordforande@example.org' }
 */
export function invitationList(region: Region, query: InvitationListQuery): GroupParticipant[] {
  const r = parseInput(Region, region, 'region');
  const q = parseInput(InvitationListQuery, query, 'query');
  return invitationListOf(r, groupById(r, q.groupId), q.on);
}
