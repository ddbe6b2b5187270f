import type { CalendarEntryList } from '../calendar/calendarEntry.js';
import { entryDays } from '../calendar/entryDays.js';
import { formatIsoDay } from '../time/isoFormat.js';
import { publishedFileSchema } from './publishedFileSchema.js';

/**
 * The content of `calendar/<year>.json`: every group's meetings of one year in one file, so a calendar
 * that shows all the groups (`<pk-calendar>` without `groups`) reads one small file for the year on
 * screen rather than one file per group, and the repeated names and titles compress together. The
 * entries are those of the groups' own files (`groupCalendarFile`) whose Helsinki days touch the year
 * (one that runs over New Year is in both years' files, with the same id), group after group in the
 * order given, unchanged.
 *
 * @param groupCalendars - the groups' calendars, in the region's order of groups
 * @param year - the year
 * @returns the file's content
 * @example
 * regionCalendarFile([steeringCalendar, networkCalendar], 2026).entries.length;
 * // the two groups' meetings of 2026
 */
export function regionCalendarFile(groupCalendars: readonly CalendarEntryList[], year: number): CalendarEntryList {
  const inYear = (day: number) => Number(formatIsoDay(day).slice(0, 4));
  const entries = groupCalendars.flatMap((calendar) =>
    calendar.entries.filter((entry) => {
      const [first, last] = entryDays(entry);
      return inYear(first) <= year && year <= inYear(last);
    }),
  );
  return { $schema: publishedFileSchema('region-calendar').url, entries };
}
