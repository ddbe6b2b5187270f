import * as z from 'zod/mini';
import { IsoDate } from '../../model/common.js';
import { helsinkiIsoDate } from '../../time/helsinki.js';
import { formatIsoDay, parseIsoDay, toEpochMs } from '../../time/isoFormat.js';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The Helsinki calendar date a PTV date or date-time names. An instant (`…Z` or with an offset) is
 * converted to Helsinki time first, so `2026-06-18T21:00:00Z` is 19 June; a date-time without an offset
 * is read as Helsinki wall-clock time.
 *
 * @param value - `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ss[.fff]`, optionally with `Z` or `±HH:mm`
 * @returns `YYYY-MM-DD`, or `undefined` when the value is not a real date
 * @example
 * ptvIsoDate('2026-06-18T21:00:00.000Z'); // '2026-06-19'
 * ptvIsoDate('2026-06-19T00:00:00'); // '2026-06-19'
 * ptvIsoDate('2026-02-30'); // undefined
 */
export function ptvIsoDate(value: string): string | undefined {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, date, time, zone] = match as unknown as [string, string, string | undefined, string | undefined];
  if (!z.safeParse(IsoDate, date).success) return undefined;
  if (time === undefined || zone === undefined) return date;
  const seconds = time.length === 5 ? `${time}:00` : time;
  const ms = toEpochMs(`${date}T${seconds}${zone}`);
  return ms === undefined ? undefined : helsinkiIsoDate(ms);
}

/** The longest span of days the importer expands into dated exceptions (a year, leap day included). */
export const MAX_EXCEPTION_DAYS = 366;

/**
 * The dates from `from` to `to` inclusive, or `undefined` when the span is longer than
 * {@link MAX_EXCEPTION_DAYS} (such a "closed for a year" entry is reported instead of expanded).
 *
 * @param from - first day, `YYYY-MM-DD`
 * @param to - last day, `YYYY-MM-DD`, not before `from`
 * @returns the days in order
 * @example
 * isoDateRange('2026-12-30', '2027-01-01'); // ['2026-12-30', '2026-12-31', '2027-01-01']
 */
export function isoDateRange(from: string, to: string): string[] | undefined {
  const first = parseIsoDay(from);
  const last = parseIsoDay(to);
  if (last - first + 1 > MAX_EXCEPTION_DAYS) return undefined;
  const days: string[] = [];
  for (let day = first; day <= last; day++) days.push(formatIsoDay(day));
  return days;
}
