import { isoWeekday } from '../../time/calendarDay.js';
import { parseIsoDay } from '../../time/isoFormat.js';

/**
 * The ISO weekday (1 = Monday … 7 = Sunday) of a `YYYY-MM-DD` date, without time zones.
 *
 * @param date - an ISO date
 * @returns 1–7
 * @example
 * isoDayOfWeek('2026-06-19'); // 5 (Friday, Midsummer Eve)
 */
export function isoDayOfWeek(date: string): number {
  return isoWeekday(parseIsoDay(date));
}
