import type { IsoDate } from '../../model/common.js';
import { parseIsoDay, toEpochMs } from '../../time/isoFormat.js';
import type { CalendarEntry } from '../calendarEntry.js';
import { entryDays } from '../entryDays.js';

/** A range of Helsinki calendar days, both ends inclusive (`from` ≤ `to`). */
export interface DayRangeParts {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * The entries a view of some days shows, for entries and a range already validated: those that meet
 * any day from `from` to `to` in Helsinki time, sorted by start instant and then id, as the main
 * entry's `entriesInRange` describes (which checks its arguments and then calls this). The entries
 * returned are the ones given, not copies.
 *
 * @param entries - calendar entries (valid; not checked)
 * @param range - `{ from, to }`, `YYYY-MM-DD`, inclusive (not checked)
 * @returns the entries in the range, sorted
 * @example
 * entriesInRange([
 *   { id: 'b', title: { fi: 'B' }, start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T10:00:00+02:00' },
 *   { id: 'a', title: { fi: 'A' }, start: '2026-03-10T07:00:00Z', end: '2026-03-10T08:00:00Z' },
 *   { id: 'next', title: { fi: 'N' }, start: '2026-03-16T09:00:00+02:00', end: '2026-03-16T10:00:00+02:00' },
 * ], { from: '2026-03-09', to: '2026-03-15' }).map((e) => e.id); // ['a', 'b']
 */
export function entriesInRange(entries: readonly CalendarEntry[], range: DayRangeParts): CalendarEntry[] {
  const from = parseIsoDay(range.from);
  const to = parseIsoDay(range.to);
  return entries
    .filter((entry) => {
      const [first, last] = entryDays(entry);
      return first <= to && last >= from;
    })
    .map((entry) => ({ entry, start: toEpochMs(entry.start) ?? 0 }))
    .sort((a, b) => a.start - b.start || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0))
    .map((row) => row.entry);
}
