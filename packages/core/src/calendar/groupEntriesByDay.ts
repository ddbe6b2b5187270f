import * as z from 'zod/mini';
import { AnyYearIsoDate, type IsoDate } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { CalendarEntry } from './calendarEntry.js';
import { groupEntriesByDay as trustedGroupEntriesByDay } from './trusted/groupEntriesByDay.js';

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
  return trustedGroupEntriesByDay(
    parseInput(z.array(CalendarEntry), entries, 'entries'),
    parseInput(z.array(AnyYearIsoDate), days, 'days'),
  );
}
