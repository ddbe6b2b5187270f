/**
 * The EU summer-time rule that Finland has followed since 1996 and that tzdata applies to every later
 * year: Eastern European Summer Time (+03:00) from 01:00 UTC on the last Sunday of March to 01:00 UTC
 * on the last Sunday of October, Eastern European Time (+02:00) otherwise. The exported iCalendar
 * VTIMEZONE declares exactly this rule.
 */
import { MS_PER_DAY, MS_PER_HOUR, nthWeekdayOfMonth } from './calendarDay.js';

/** Per-year `[start, end)` of summer time in UTC milliseconds. */
const spans = new Map<number, readonly [number, number]>();

/**
 * When summer time starts and ends in a year under the EU rule.
 *
 * @param year - full year
 * @returns `[start, end)` in UTC milliseconds: 01:00 UTC on the last Sunday of March and of October
 * @example
 * summerTimeSpan(2026)[0] === Date.UTC(2026, 2, 29, 1); // true
 */
export function summerTimeSpan(year: number): readonly [number, number] {
  let span = spans.get(year);
  if (span === undefined) {
    span = [
      nthWeekdayOfMonth(year, 3, 7, -1) * MS_PER_DAY + MS_PER_HOUR,
      nthWeekdayOfMonth(year, 10, 7, -1) * MS_PER_DAY + MS_PER_HOUR,
    ];
    spans.set(year, span);
  }
  return span;
}

/**
 * The UTC offset in minutes that the EU rule gives Helsinki at an instant, in any year. For instants
 * before 1996 it is not Helsinki's real offset: use `helsinkiOffsetAt` for that.
 *
 * @param utcMs - milliseconds since the epoch
 * @returns 120 or 180
 * @example
 * euRuleOffsetAt(Date.UTC(2026, 2, 29, 0, 59)); // 120 (one minute before summer time)
 * euRuleOffsetAt(Date.UTC(2026, 2, 29, 1, 0)); // 180
 */
export function euRuleOffsetAt(utcMs: number): number {
  // Summer time never spans a new year, so the UTC year is the right one even on 31 December.
  const [start, end] = summerTimeSpan(new Date(utcMs).getUTCFullYear());
  return utcMs >= start && utcMs < end ? 180 : 120;
}
