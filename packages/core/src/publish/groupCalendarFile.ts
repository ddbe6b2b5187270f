import type { CalendarEntryList } from '../calendar/calendarEntry.js';
import { entriesFromOccurrences } from '../calendar/entriesFromOccurrences.js';
import type { Group } from '../model/group.js';
import type { GroupOccurrence } from '../schedule/occurrence.js';
import { type ScheduleSource, scheduleFor } from '../schedule/scheduleFor.js';
import { publishedFileSchema } from './publishedFileSchema.js';

/**
 * The content of `groups/<group-id>.json`: a group's meetings in the given years as the calendar
 * entries `<pk-calendar>` reads (`scheduleFor`, then `entriesFromOccurrences`: Helsinki times,
 * meetings moved off holidays or conflicts saying so, stable ids). Each year is scheduled on its own,
 * so years need not be consecutive. Every entry is marked `example` when the region is an example.
 * Give the whole `region` so the group's meetings are those of the region's schedule, settled
 * against every other group's (`scheduleFor`); without it the group is scheduled alone.
 *
 * @param group - a group with a cadence (without one, the list is empty)
 * @param years - the years, each 1922–2200, in the order to list them
 * @param example - true for an invented example region
 * @param region - the region the group belongs to (its groups, people and role assignments)
 * @returns the file's content
 * @throws ValidationError naming the field when the group's cadence cannot be scheduled
 * @example
 * groupCalendarFile(steeringGroup, [2026], false).entries[0];
 * // { id: 'steering-group-20260113', title: { fi: 'Etelä-Savon … johtoryhmä', … }, start: '2026-01-13T13:00:00+02:00', … }
 */
export function groupCalendarFile(
  group: Group,
  years: readonly number[],
  example: boolean,
  region?: ScheduleSource,
): CalendarEntryList {
  const source = region ?? { groups: [group] };
  const occurrences: GroupOccurrence[] = years.flatMap((year) =>
    scheduleFor(source, { from: `${year}-01-01`, to: `${year}-12-31`, groups: [group.id] }),
  );
  const entries = entriesFromOccurrences(occurrences).map((entry) => (example ? { ...entry, example } : entry));
  return { $schema: publishedFileSchema('group-calendar').url, entries };
}
