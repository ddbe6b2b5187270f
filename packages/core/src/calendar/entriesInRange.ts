import * as z from 'zod/mini';
import { IsoDate } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { CalendarEntry } from './calendarEntry.js';
import { modelRule } from '../validation/modelRule.js';
import { entriesInRange as trustedEntriesInRange } from './trusted/entriesInRange.js';

/** A range of Helsinki calendar days, both ends inclusive. */
export const DayRange = z
  .strictObject({ from: IsoDate, to: IsoDate })
  .check(z.refine((r) => r.from <= r.to, modelRule('to-before-from', 'to is before from', ['to'])));
export type DayRange = z.infer<typeof DayRange>;

/**
 * The entries a view of some days shows: those that meet any of the days from `from` to `to` in
 * Helsinki time (an entry ending at midnight does not meet the next day), sorted by start instant
 * and then by id, so that every view lists the same entries in the same order.
 *
 * @param entries - calendar entries (validated)
 * @param range - `{ from, to }`, `YYYY-MM-DD`, inclusive
 * @returns the entries in the range, sorted
 * @throws ValidationError naming `entries` or `range` when invalid
 * @example
 * entriesInRange([
 *   { id: 'b', title: { fi: 'B' }, start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T10:00:00+02:00' },
 *   { id: 'a', title: { fi: 'A' }, start: '2026-03-10T07:00:00Z', end: '2026-03-10T08:00:00Z' },
 *   { id: 'next', title: { fi: 'N' }, start: '2026-03-16T09:00:00+02:00', end: '2026-03-16T10:00:00+02:00' },
 * ], { from: '2026-03-09', to: '2026-03-15' }).map((e) => e.id); // ['a', 'b']
 */
export function entriesInRange(entries: readonly CalendarEntry[], range: DayRange): CalendarEntry[] {
  return trustedEntriesInRange(
    parseInput(z.array(CalendarEntry), entries, 'entries'),
    parseInput(DayRange, range, 'range'),
  );
}
