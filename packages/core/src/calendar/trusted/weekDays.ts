import type { IsoDate } from '../../model/common.js';
import { startOfIsoWeek } from '../../time/calendarDay.js';
import { parseIsoDay } from '../../time/isoFormat.js';
import { type CalendarDay, calendarDays } from './calendarDays.js';

/**
 * The week view of a calendar, for a date already known to be real: the seven days, Monday to
 * Sunday, of the ISO week that contains `date`, as the main entry's `weekDays` describes them (which
 * checks the date and then calls this).
 *
 * @param date - any day of the week, `YYYY-MM-DD` (not checked)
 * @returns seven days, Monday first, with holidays named
 * @example
 * weekDays('2026-06-19').map((d) => d.date); // ['2026-06-15', …, '2026-06-21']
 * weekDays('2026-06-19')[4].holiday?.name.en; // 'Midsummer Eve'
 */
export function weekDays(date: IsoDate): CalendarDay[] {
  return calendarDays(startOfIsoWeek(parseIsoDay(date)), 7, Number(date.slice(5, 7)));
}
