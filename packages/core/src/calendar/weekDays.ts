import { AnyYearIsoDate, type IsoDate } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import type { CalendarDay } from './trusted/calendarDays.js';
import { weekDays as trustedWeekDays } from './trusted/weekDays.js';

/**
 * The week view of a calendar: the seven days, Monday to Sunday, of the ISO week that contains
 * `date`, shaped as in {@link monthGrid}; `inMonth` is true for the days in `date`'s month.
 *
 * @param date - any day of the week, `YYYY-MM-DD`
 * @returns seven days, Monday first, with holidays named
 * @throws ValidationError naming `date` when it is not a real date
 * @example
 * weekDays('2026-06-19').map((d) => d.date); // ['2026-06-15', …, '2026-06-21']
 * weekDays('2026-06-19')[4].holiday?.name.en; // 'Midsummer Eve'
 */
export function weekDays(date: IsoDate): CalendarDay[] {
  return trustedWeekDays(parseInput(AnyYearIsoDate, date, 'date'));
}
