import { easterSunday, type HolidayDay, holidayDays } from '../../schedule/finnishHolidays.js';
import { epochDay } from '../../time/calendarDay.js';
import { formatIsoDay } from '../../time/isoFormat.js';

/** PTV's holiday names (HolidayEnum of the PTV code base) → our holiday ids, where we have the day. */
const OUR_HOLIDAY: Readonly<Record<string, HolidayDay['id']>> = {
  NewYearDay: 'new-year',
  Epiphany: 'epiphany',
  GoodFriday: 'good-friday',
  EasterSunday: 'easter-sunday',
  EasterMonday: 'easter-monday',
  MayDay: 'may-day',
  AscensionDay: 'ascension',
  WhitSunday: 'whitsun',
  MidsummerEve: 'midsummer-eve',
  MidsummerDay: 'midsummer-day',
  AllSaintsDay: 'all-saints',
  IndependenceDay: 'independence-day',
  ChristmasEve: 'christmas-eve',
  ChristmasDay: 'christmas-day',
  SecondDayOfChristmas: 'boxing-day',
};

/** PTV's eves that are not holidays in our calendar, by rule. */
const EVES: Readonly<Record<string, (year: number) => number>> = {
  NewYearEve: (year) => epochDay(year, 12, 31),
  MaundyThursday: (year) => easterSunday(year) - 3,
  MayDayEve: (year) => epochDay(year, 4, 30),
};

/** The holiday names PTV uses for named holiday hours. */
export const PTV_HOLIDAY_NAMES: readonly string[] = [...Object.keys(OUR_HOLIDAY), ...Object.keys(EVES)];

/**
 * The date of a PTV named holiday (`MidsummerEve`, `ChristmasEve`, …) in a year, by the Finnish rules of
 * `finnishHolidays` (Midsummer Eve is the Friday of 19–25 June, …).
 *
 * @param name - a PTV holiday name, exactly as PTV spells it
 * @param year - the year
 * @returns `YYYY-MM-DD`, or `undefined` for a name PTV does not use
 * @example
 * ptvHolidayDate('MidsummerEve', 2026); // '2026-06-19'
 * ptvHolidayDate('MaundyThursday', 2026); // '2026-04-02'
 */
export function ptvHolidayDate(name: string, year: number): string | undefined {
  // hasOwn: a name such as `constructor` must not reach Object.prototype.
  if (Object.hasOwn(EVES, name)) return formatIsoDay(EVES[name]!(year));
  if (!Object.hasOwn(OUR_HOLIDAY, name)) return undefined;
  const id = OUR_HOLIDAY[name];
  const day = holidayDays(year).find((holiday) => holiday.id === id);
  return day ? formatIsoDay(day.day) : undefined;
}
