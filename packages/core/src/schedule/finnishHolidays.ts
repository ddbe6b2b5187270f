import * as z from 'zod/mini';
import { AnyYearIsoDate, TrilingualText } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import {
  HOLIDAY_YEARS,
  holidayKindValues,
  finnishHolidays as trustedFinnishHolidays,
} from './trusted/finnishHolidays.js';

// The engine (Easter, the rules by year, the names) is zod-free in trusted/, for `@perhekeskus/core/trusted`.
export { easterSunday, HOLIDAY_YEARS, type HolidayDay, holidayDays } from './trusted/finnishHolidays.js';

/**
 * `public`: an official holiday (juhlapyhä, e.g. Ascension Day); `day-off`: a customary day off that
 * is not an official holiday (Midsummer Eve and Christmas Eve, days off under the Annual Holidays Act
 * 162/2005 and most collective agreements).
 */
export const HolidayKind = z.enum(holidayKindValues);
export type HolidayKind = z.infer<typeof HolidayKind>;

/** A Finnish holiday or customary day off. */
export const Holiday = z.strictObject({
  date: AnyYearIsoDate,
  name: TrilingualText,
  kind: HolidayKind,
});
export type Holiday = z.infer<typeof Holiday>;

const HolidayYear = z.int().check(z.gte(HOLIDAY_YEARS.from), z.lte(HOLIDAY_YEARS.to));

/**
 * The Finnish public holidays and customary days off of a year, computed (Easter by the anonymous
 * Gregorian algorithm), not listed per year.
 *
 * Public: New Year's Day, Epiphany (6 Jan), Good Friday, Easter Sunday, Easter Monday, May Day,
 * Ascension Day (Easter + 39), Whitsun (Easter + 49), Midsummer Day (Saturday 20–26 June), All Saints'
 * Day (Saturday 31 Oct–6 Nov), Independence Day (6 Dec), Christmas Day and Boxing Day. Days off:
 * Midsummer Eve (Friday 19–25 June) and Christmas Eve.
 *
 * History that is modelled: in 1973–1990 Epiphany was kept on the Saturday of 6–12 January and Ascension
 * Day on the Saturday before the traditional Thursday (Easter + 34), as Wikipedia ("Public holidays in
 * Finland") and the python-holidays library state (a few Finnish press articles say the change was
 * undone only from 1992); Midsummer was 23–24 June and All Saints' Day 1 November before 1955;
 * Independence Day is a holiday from 1919. Not modelled: the exact legal status of May Day before it
 * became a statutory day off. The `date-holidays` package (v3) applies today's rules to every year,
 * which differs in 1900–1990 only; the test cross-checks 2000–2100.
 *
 * @param year - a year in 1900–2200
 * @returns the holidays sorted by date (two on one day, as May Day and Ascension Day in 2008, both appear)
 * @throws ValidationError naming `year` when it is not an integer in 1900–2200
 * @example
 * finnishHolidays(2026).find((h) => h.name.en === 'Midsummer Eve');
 * // { date: '2026-06-19', name: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' }, kind: 'day-off' }
 */
export function finnishHolidays(year: number): Holiday[] {
  return trustedFinnishHolidays(parseInput(HolidayYear, year, 'year'));
}
