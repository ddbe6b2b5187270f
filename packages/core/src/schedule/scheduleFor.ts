import * as z from 'zod/mini';
import { Group } from '../model/group.js';
import { Person, RoleAssignment } from '../model/person.js';
import type { Region } from '../model/region.js';
import { helsinkiToUtc } from '../time/helsinki.js';
import { parseIsoDay } from '../time/isoFormat.js';
import { parseInput } from '../validation/parseInput.js';
import { toOccurrence } from './expand.js';
import type { GroupOccurrence } from './occurrence.js';
import { invalid, ScheduleQuery } from './period.js';
import { resolvedMeetings } from './resolveConflicts.js';

/**
 * The part of a region the schedule reads: its groups, and the people and region-wide role
 * assignments the groups' holders resolve through (optional; the rest is not validated here).
 */
const ScheduleSource = z.looseObject({
  groups: z.array(Group),
  people: z.optional(z.array(Person)),
  roleAssignments: z.optional(z.array(RoleAssignment)),
});

/** What `scheduleFor` reads of a region: `groups`, and `people`/`roleAssignments` when given. */
export type ScheduleSource = Pick<Region, 'groups'> & Partial<Pick<Region, 'people' | 'roleAssignments'>>;

/**
 * Every group's meetings in a period: each group's cadence expanded by {@link expandCadence}, then
 * settled so that one person can keep the schedule, tagged with the group's id and name, sorted by
 * start and then by group id. Groups without a cadence yield nothing.
 *
 * **Conflicts.** The people who convene, chair or lead (responsible person, a rotating lead) or take
 * the minutes of a meeting (`meetingHolders`; a post no person is named for counts as one holder)
 * never have two meetings on one day, nor more than two in one ISO week; a group never meets twice
 * on one day. The meetings are placed one by one, those with the fewest days to move to first (then
 * `monthly`, `every-n-years`, `windows`, `times-per-year`, then by group id and day); each takes its
 * planned day (`expandCadence`'s, holiday moves included) when it is free, else the nearest free
 * working day (1 day later, 1 earlier, 2 later, …) inside its own range: its month (`monthly`), its
 * share of the year (`times-per-year`) or its window. A moved meeting has `moved: { from, reason:
 * 'conflict', conflictWith }`, `from` being the day its cadence planned. Counts and in-person meetings
 * never change (the in-person ones are chosen by their place in the year, not by day). A meeting
 * that finds no free day stays on its planned day and carries `clash: { holders }`; it is never
 * dropped. The placement is greedy, so `clash` means "no free day after the meetings placed before
 * it", which the loads of a real action plan leave far from.
 *
 * **Blocks.** Each ISO week-year (Monday of week 1 to the Sunday before the next one's) is settled on
 * its own from the meetings planned in it, and a meeting moves only inside its week-year; so the
 * result does not depend on the period asked for (a narrower period gives a subset), and `groups`
 * only filters the settled meetings.
 *
 * **Rotation.** A group with a `rotation` has, on each meeting from the rotation's first year, `lead`
 * and/or `secretary`: whose turn it is and who (see `RotationTurn`); those holders are busy too.
 *
 * @param region - a region, or any object with its `groups` (and optionally `people` and
 *   `roleAssignments`, which name who holds a post region-wide); only these are read and validated,
 *   so `{ groups }` alone is enough (posts then stay posts)
 * @param query - `{ from, to }` inclusive (`YYYY-MM-DD`), and optionally `groups`: the ids to include
 * @returns the occurrences of all (or the chosen) groups
 * @throws ValidationError naming the field when the region's groups or the query are invalid, or when
 *   `groups` names a group the region does not have (`query.groups[0]: no group with this id`)
 * @example
 * scheduleFor(region, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] })[0];
 * // { start: '2026-01-13T13:00:00+02:00', …, groupId: 'steering-group', groupName: { fi: 'Etelä-Savon … johtoryhmä', … } }
 */
export function scheduleFor(region: ScheduleSource, query: ScheduleQuery): GroupOccurrence[] {
  const source = parseInput(ScheduleSource, region, 'region');
  const { groups } = source;
  const q = parseInput(ScheduleQuery, query, 'query');
  const fromDay = parseIsoDay(q.from);
  const toDay = parseIsoDay(q.to);
  let wanted: Set<string> | undefined;
  if (q.groups !== undefined) {
    const known = new Set(groups.map((g) => g.id));
    q.groups.forEach((id, i) => {
      const rule = { code: 'unknown-reference', expected: 'group' } as const;
      if (!known.has(id)) invalid({ input: 'query', path: ['groups'] }, i, rule, 'no group with this id', id);
    });
    wanted = new Set(q.groups);
  }
  // Kept when it starts on or after `from` and ends by the end of `to`, as `expandCadence` keeps it.
  const fromMs = helsinkiToUtc(fromDay, 0);
  const toMs = helsinkiToUtc(toDay + 1, 0);
  // Sorted on keys of one shape: moved meetings are objects of another shape, which slows a comparator
  // that reads them (the national bench, `npm run bench`).
  const rows = resolvedMeetings(source, fromDay, toDay)
    .filter((m) => (wanted === undefined || wanted.has(m.group.id)) && m.p.startMs >= fromMs && m.p.endMs <= toMs)
    .map((m) => ({ ms: m.p.startMs, id: m.group.id, m }));
  rows.sort((a, b) => a.ms - b.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.map(({ m: { p, group, lead, secretary, clash } }) => {
    // Added to the fresh occurrence rather than spread into a copy: the same keys in the same order, without
    // copying every field of every meeting.
    const o = toOccurrence(p) as GroupOccurrence;
    o.groupId = group.id;
    o.groupName = group.name;
    if (lead) o.lead = lead;
    if (secretary) o.secretary = secretary;
    if (clash) o.clash = { holders: clash };
    return o;
  });
}
