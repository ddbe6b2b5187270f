import { helsinkiDayAndMinute } from '../time/helsinki.js';
import { toEpochMs } from '../time/isoFormat.js';

/**
 * Internal: the first and last Helsinki calendar day (epoch days) an entry covers. The end is
 * exclusive, so an entry that ends at midnight does not reach the next day; this makes all-day
 * entries (`start` and `end` at midnight) and timed ones follow one rule.
 */
export function entryDays(entry: { readonly start: string; readonly end: string }): [number, number] {
  const start = toEpochMs(entry.start) ?? 0;
  const end = Math.max(start + 1, toEpochMs(entry.end) ?? 0);
  return [helsinkiDayAndMinute(start)[0], helsinkiDayAndMinute(end - 1)[0]];
}
