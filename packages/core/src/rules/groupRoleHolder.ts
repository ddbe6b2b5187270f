import * as z from 'zod/mini';
import { Id, IsoDate } from '../model/common.js';
import { Region } from '../model/region.js';
import { parseInput } from '../validation/parseInput.js';
import { type GroupParticipant, groupById, roleHolderOf } from './groupParticipant.js';

/** What {@link groupRoleHolder} is asked: the group, the role (its convener when absent) and optionally the day. */
export const GroupRoleQuery = z.strictObject({ groupId: Id, role: z.optional(Id), on: z.optional(IsoDate) });
export type GroupRoleQuery = z.infer<typeof GroupRoleQuery>;

/**
 * Who holds a role in a group — by default the role that convenes it (`convener`), so the organiser of
 * its meetings: the first of the group's members (and of the region's assignments naming the group)
 * with that role; failing that, the region-level assignment of the role (naming no group) that names
 * a person, as the region's coordinator convenes the networks whose member list has no coordinator
 * row. A post is resolved to the person the region names for it (same title and party), as
 * {@link invitationList} does. With `on`, only assignments whose `term` contains the day count.
 *
 * @param region - the region; validated as `Region`
 * @param query - `groupId`; `role` (default: the group's `convener`); `on` (`YYYY-MM-DD`)
 * @returns the holder, or `undefined` when nobody and no post holds the role
 * @throws ValidationError when the region or the query is invalid, or no group has the id (`query.groupId`)
 * @example
 * groupRoleHolder(etelaSavo, { groupId: 'lp-development-network' });
 * // { role: 'coordinator', personId: 'hanna-kokkonen', name: 'Hanna Kokkonen', title: { fi: 'perhekeskuskoordinaattori', … }, … }
 * groupRoleHolder(etelaSavo, { groupId: 'steering-group', role: 'secretary' })?.name; // 'Hanna Kokkonen'
 */
export function groupRoleHolder(region: Region, query: GroupRoleQuery): GroupParticipant | undefined {
  const r = parseInput(Region, region, 'region');
  const q = parseInput(GroupRoleQuery, query, 'query');
  const group = groupById(r, q.groupId);
  return roleHolderOf(r, group, q.role ?? group.convener, q.on);
}
