import * as z from 'zod/mini';
import { IsoDate } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { formatIsoDay, parseIsoDay, toEpochMs } from '../time/isoFormat.js';
import { CalendarEntry } from './calendarEntry.js';
import { entryDays } from './entryDays.js';

/**
 * The entries of each day of a view, in Helsinki time: an entry that spans days (an all-day task
 * over three months, a meeting past midnight) is listed on every day it meets; one that ends at
 * midnight is not listed on the next day. Each day's entries are sorted by start and then id, so
 * all-day entries, which start at midnight, come first on their first day.
 *
 * @param entries - calendar entries (validated)
 * @param days - the days of the view, `YYYY-MM-DD` (e.g. the 42 dates of a month grid)
 * @returns a record with every requested day as a key (an empty list when nothing happens)
 * @throws ValidationError naming `entries` or `days` when invalid
 * @example
 * groupEntriesByDay([{ id: 'late', title: { fi: 'Iltakokous' },
 *   start: '2026-03-10T22:00:00+02:00', end: '2026-03-11T01:00:00+02:00' }], ['2026-03-10', '2026-03-11', '2026-03-12']);
 * // { '2026-03-10': [late], '2026-03-11': [late], '2026-03-12': [] }
 */
export function groupEntriesByDay(
  entries: readonly CalendarEntry[],
  days: readonly IsoDate[],
): Record<IsoDate, CalendarEntry[]> {
  const list = parseInput(z.array(CalendarEntry), entries, 'entries');
  const wanted = parseInput(z.array(IsoDate), days, 'days');
  const byDay: Record<IsoDate, CalendarEntry[]> = {};
  for (const day of wanted) byDay[day] = [];
  if (wanted.length === 0) return byDay;
  const dayNumbers = wanted.map(parseIsoDay);
  const min = Math.min(...dayNumbers);
  const max = Math.max(...dayNumbers);
  const sorted = list
    .map((entry) => ({ entry, start: toEpochMs(entry.start) ?? 0 }))
    .sort((a, b) => a.start - b.start || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
  for (const { entry } of sorted) {
    const [first, last] = entryDays(entry);
    // Only the part of a long entry that the view can show is walked.
    for (let day = Math.max(first, min); day <= Math.min(last, max); day++) byDay[formatIsoDay(day)]?.push(entry);
  }
  return byDay;
}
