import * as z from 'zod/mini';
import { Group } from '../model/group.js';
import type { Region } from '../model/region.js';
import { parseInput } from '../validation/parseInput.js';
import { expandPlaced, type Placed, toOccurrence } from './expand.js';
import type { GroupOccurrence } from './occurrence.js';
import { invalid, ScheduleQuery } from './period.js';
import { parseIsoDay } from '../time/isoFormat.js';

/** The part of a region the schedule reads: its groups (the rest is not validated here). */
const ScheduleSource = z.looseObject({ groups: z.array(Group) });

/**
 * Every group's meetings in a period: each group's cadence expanded by {@link expandCadence}, tagged with
 * the group's id and name, sorted by start and then by group id. Groups without a cadence yield nothing.
 *
 * @param region - a region, or any object with its `groups`: only `groups` is read and validated, so
 *   `{ groups }` alone is enough
 * @param query - `{ from, to }` inclusive (`YYYY-MM-DD`), and optionally `groups`: the ids to include
 * @returns the occurrences of all (or the chosen) groups
 * @throws ValidationError naming the field when the region's groups or the query are invalid, or when
 *   `groups` names a group the region does not have (`query.groups[0]: no group with this id`)
 * @example
 * scheduleFor(region, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] })[0];
 * // { start: '2026-01-13T09:00:00+02:00', …, groupId: 'steering-group', groupName: { fi: 'Johtoryhmä', … } }
 */
export function scheduleFor(region: Pick<Region, 'groups'>, query: ScheduleQuery): GroupOccurrence[] {
  const { groups } = parseInput(ScheduleSource, region, 'region');
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
  const rows: { p: Placed; group: Group }[] = [];
  groups.forEach((group) => {
    if (group.cadence === undefined || (wanted !== undefined && !wanted.has(group.id))) return;
    for (const p of expandPlaced(group.cadence, fromDay, toDay, 'inside')) rows.push({ p, group });
  });
  rows.sort((a, b) => a.p.startMs - b.p.startMs || (a.group.id < b.group.id ? -1 : a.group.id > b.group.id ? 1 : 0));
  return rows.map(({ p, group }) => ({ ...toOccurrence(p), groupId: group.id, groupName: group.name }));
}
