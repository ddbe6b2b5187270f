import type { IsoDate } from '../../model/common.js';
import { addCalendarMonths } from '../../time/calendarDay.js';
import { formatIsoDay, parseIsoDay } from '../../time/isoFormat.js';

/** How far {@link shiftDate} moves a date: whole numbers, each part may be negative or left out. */
export interface DateShiftParts {
  readonly days?: number | undefined;
  readonly weeks?: number | undefined;
  readonly months?: number | undefined;
}

/**
 * Internal: the epoch day {@link shiftDate} lands on, before it is written out (the main entry's
 * `shiftDate` checks that it is in the years 0000–9999).
 */
export function shiftedDay(date: IsoDate, { days = 0, weeks = 0, months = 0 }: DateShiftParts): number {
  return addCalendarMonths(parseIsoDay(date), months) + weeks * 7 + days;
}

/**
 * Moves a date already known to be real by months, then weeks and days, as the main entry's
 * `shiftDate` does (which checks its arguments and the result's year, then calls this): a month step
 * keeps the day of the month or ends at a shorter month's last day.
 *
 * @param date - `YYYY-MM-DD` (not checked)
 * @param shift - `{ days?, weeks?, months? }`, whole numbers (not checked), negative to go back
 * @returns the new date, `YYYY-MM-DD`; unspecified when it leaves the years 0000–9999
 * @example
 * shiftDate('2026-01-31', { months: 1 }); // '2026-02-28'
 * shiftDate('2026-03-10', { weeks: -1, days: 1 }); // '2026-03-04'
 */
export function shiftDate(date: IsoDate, shift: DateShiftParts): IsoDate {
  return formatIsoDay(shiftedDay(date, shift));
}
