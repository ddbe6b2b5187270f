import type { IsoDate, TrilingualText } from '../../model/common.js';
import { finnishHolidays, HOLIDAY_YEARS, type HolidayKind } from '../../schedule/trusted/finnishHolidays.js';
import { civilDate, isoWeekday } from '../../time/calendarDay.js';
import { formatIsoDay } from '../../time/isoFormat.js';

/** The holiday or customary day off on a calendar day, named in Finnish, Swedish and English. */
export interface DayHoliday {
  readonly name: TrilingualText;
  /** `public` (juhlapyhä) or `day-off` (Midsummer Eve, Christmas Eve). */
  readonly kind: HolidayKind;
}

/** One cell of a month grid or a week view. */
export interface CalendarDay {
  readonly date: IsoDate;
  /** False for the days of the previous and the next month that fill a month grid's rows. */
  readonly inMonth: boolean;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Present on Finnish holidays and days off (see `finnishHolidays`). */
  readonly holiday?: DayHoliday;
}

/**
 * Internal: `count` consecutive days from an epoch day, each marked `inMonth` when it falls in
 * `month`, with the holidays of their years (years outside 1900–2200 have none).
 */
export function calendarDays(first: number, count: number, month: number): CalendarDay[] {
  const holidays = new Map<IsoDate, DayHoliday>();
  const [firstYear] = civilDate(first);
  const [lastYear] = civilDate(first + count - 1);
  for (let year = firstYear; year <= lastYear; year++) {
    if (year < HOLIDAY_YEARS.from || year > HOLIDAY_YEARS.to) continue;
    for (const h of finnishHolidays(year)) {
      const same = holidays.get(h.date);
      // Two on one day (May Day and Ascension Day in 2008): both names, public if either is.
      holidays.set(
        h.date,
        same
          ? {
              name: {
                fi: `${same.name.fi} / ${h.name.fi}`,
                sv: `${same.name.sv} / ${h.name.sv}`,
                en: `${same.name.en} / ${h.name.en}`,
              },
              kind: same.kind === 'public' ? 'public' : h.kind,
            }
          : { name: h.name, kind: h.kind },
      );
    }
  }
  const days: CalendarDay[] = [];
  for (let day = first; day < first + count; day++) {
    const date = formatIsoDay(day);
    const holiday = holidays.get(date);
    days.push({
      date,
      inMonth: civilDate(day)[1] === month,
      weekday: isoWeekday(day),
      ...(holiday ? { holiday } : {}),
    });
  }
  return days;
}
