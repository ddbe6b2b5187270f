import type { IsoDate, Weekday } from '../model/common.js';
import { isoWeek, isoWeekday } from '../time/calendarDay.js';
import { parseIsoDay } from '../time/isoFormat.js';

/** What the opening rules need to know about one calendar day, computed once per day. */
export interface DayInfo {
  readonly date: IsoDate;
  readonly weekday: Weekday;
  /** ISO week number, 1–53. */
  readonly isoWeek: number;
  /**
   * Parity of the ISO week number, for activities held every other week: after a 53-week year, W53 and
   * W01 are both odd.
   */
  readonly weekParity: 'odd' | 'even';
}

/**
 * The weekday and ISO week of a date, as the weekly opening rules ask for them.
 *
 * @param date - `YYYY-MM-DD` (trusted)
 * @returns the date, its ISO weekday, ISO week and the week's parity
 * @example
 * dayInfo('2026-12-31'); // { date: '2026-12-31', weekday: 4, isoWeek: 53, weekParity: 'odd' }
 */
export function dayInfo(date: IsoDate): DayInfo {
  const day = parseIsoDay(date);
  const week = isoWeek(day);
  return { date, weekday: isoWeekday(day), isoWeek: week, weekParity: week % 2 === 1 ? 'odd' : 'even' };
}
