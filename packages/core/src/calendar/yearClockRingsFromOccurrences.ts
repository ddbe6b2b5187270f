import * as z from 'zod/mini';
import { Id, LocalizedText } from '../model/common.js';
import { GroupOccurrence } from '../schedule/occurrence.js';
import { SCHEDULE_YEARS } from '../schedule/period.js';
import { helsinkiDateTimeParts } from '../time/helsinkiDateTimeParts.js';
import { parseInput } from '../validation/parseInput.js';
import { dateStamp, numberedIds } from './dateStamp.js';
import type { YearClockRing, YearClockRingEntry } from './yearClockRing.js';

const Year = z.int().check(z.gte(SCHEDULE_YEARS.from), z.lte(SCHEDULE_YEARS.to));
const RingGroups = z.array(z.looseObject({ id: Id, name: LocalizedText }));

/**
 * Dated meetings as year-clock rings (vuosikello, year clock): one ring per group in the order of
 * `groups`, holding the group's meetings that begin in `year` (Helsinki), each an arc over its month
 * with its day in `date`, titled by the meeting's title or else the group's name, with its mode
 * (all the modes chosen between) and topics. Entry ids are `<group id>-<YYYYMMDD>` (`-2` for a second
 * meeting on a day). A group with no meeting in the year has no ring; meetings of groups not listed
 * are left out.
 *
 * @param groups - the groups, in ring order (a region's `groups` will do: only `id` and `name` are read)
 * @param occurrences - the meetings, as `scheduleFor` returns them
 * @param year - the year, 1922–2200
 * @returns the rings for {@link yearClockLayout}
 * @throws ValidationError naming the field when a group, an occurrence or the year is invalid
 * @example
 * const board = { id: 'board', name: { fi: 'Hallitus' } };
 * const meeting = { groupId: 'board', groupName: board.name, mode: 'remote' as const,
 *   start: '2026-03-10T13:00:00+02:00', end: '2026-03-10T15:00:00+02:00' };
 * yearClockRingsFromOccurrences([board], [meeting], 2026)[0].entries;
 * // [{ id: 'board-20260310', window: { from: 3, to: 3 }, title: { fi: 'Hallitus' }, mode: 'remote', groupId: 'board', date: '2026-03-10' }]
 */
export function yearClockRingsFromOccurrences(
  groups: readonly { id: string; name: LocalizedText }[],
  occurrences: readonly GroupOccurrence[],
  year: number,
): YearClockRing[] {
  const list = parseInput(RingGroups, groups, 'groups');
  const meetings = parseInput(z.array(GroupOccurrence), occurrences, 'occurrences');
  const y = parseInput(Year, year, 'year');
  const byGroup = new Map<string, { occurrence: GroupOccurrence; date: string }[]>();
  for (const occurrence of meetings) {
    const { date } = helsinkiDateTimeParts(occurrence.start);
    if (Number(date.slice(0, 4)) !== y) continue;
    const rows = byGroup.get(occurrence.groupId) ?? [];
    rows.push({ occurrence, date });
    byGroup.set(occurrence.groupId, rows);
  }
  return list.flatMap((group): YearClockRing[] => {
    const rows = (byGroup.get(group.id) ?? []).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (rows.length === 0) return [];
    const ids = numberedIds(rows.map(({ date }) => `${group.id}-${dateStamp(date)}`));
    const entries = rows.map(({ occurrence, date }, i): YearClockRingEntry => {
      const month = Number(date.slice(5, 7));
      const entry: YearClockRingEntry = {
        id: ids[i]!,
        window: { from: month, to: month },
        title: occurrence.title ?? group.name,
        mode: occurrence.modes ?? occurrence.mode,
        groupId: group.id,
        date,
      };
      if (occurrence.topics && occurrence.topics.length > 0) entry.topics = occurrence.topics;
      return entry;
    });
    return [{ id: group.id, label: group.name, entries }];
  });
}
