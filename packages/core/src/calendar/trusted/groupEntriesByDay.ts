import type { IsoDate } from '../../model/common.js';
import { formatIsoDay, parseIsoDay, toEpochMs } from '../../time/isoFormat.js';
import type { CalendarEntry } from '../calendarEntry.js';
import { entryDays } from '../entryDays.js';

/**
 * The entries of each day of a view, for entries and days already validated, in Helsinki time, as
 * the main entry's `groupEntriesByDay` describes (which checks its arguments and then calls this):
 * an entry is listed on every day it meets, each day's entries sorted by start and then id. The
 * entries listed are the ones given, not copies.
 *
 * @param entries - calendar entries (valid; not checked)
 * @param days - the days of the view, `YYYY-MM-DD` (not checked)
 * @returns a record with every requested day as a key (an empty list when nothing happens)
 * @example
 * groupEntriesByDay([{ id: 'late', title: { fi: 'Iltakokous' },
 *   start: '2026-03-10T22:00:00+02:00', end: '2026-03-11T01:00:00+02:00' }], ['2026-03-10', '2026-03-11', '2026-03-12']);
 * // { '2026-03-10': [late], '2026-03-11': [late], '2026-03-12': [] }
 */
export function groupEntriesByDay(
  entries: readonly CalendarEntry[],
  days: readonly IsoDate[],
): Record<IsoDate, CalendarEntry[]> {
  const byDay: Record<IsoDate, CalendarEntry[]> = {};
  for (const day of days) byDay[day] = [];
  if (days.length === 0) return byDay;
  const dayNumbers = days.map(parseIsoDay);
  const min = Math.min(...dayNumbers);
  const max = Math.max(...dayNumbers);
  const sorted = entries
    .map((entry) => ({ entry, start: toEpochMs(entry.start) ?? 0 }))
    .sort((a, b) => a.start - b.start || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
  for (const { entry } of sorted) {
    const [first, last] = entryDays(entry);
    // Only the part of a long entry that the view can show is walked.
    for (let day = Math.max(first, min); day <= Math.min(last, max); day++) byDay[formatIsoDay(day)]?.push(entry);
  }
  return byDay;
}
