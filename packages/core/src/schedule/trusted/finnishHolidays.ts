import type { IsoDate, TrilingualText } from '../../model/common.js';
import { epochDay, weekdayOnOrAfter } from '../../time/calendarDay.js';
import { formatIsoDay } from '../../time/isoFormat.js';

/**
 * The kinds of day {@link finnishHolidays} lists, as a plain tuple (the `HolidayKind` schema of the
 * main entry is built from it): `public`, an official holiday (juhlapyhä, e.g. Ascension Day);
 * `day-off`, a customary day off that is not an official holiday (Midsummer Eve and Christmas Eve,
 * days off under the Annual Holidays Act 162/2005 and most collective agreements).
 */
export const holidayKindValues = ['public', 'day-off'] as const;
export type HolidayKind = (typeof holidayKindValues)[number];

/** A Finnish holiday or customary day off. */
export interface Holiday {
  date: IsoDate;
  name: TrilingualText;
  kind: HolidayKind;
}

/** The years the holiday rules below are stated for. */
export const HOLIDAY_YEARS = { from: 1900, to: 2200 } as const;

type HolidayId =
  | 'new-year'
  | 'epiphany'
  | 'good-friday'
  | 'easter-sunday'
  | 'easter-monday'
  | 'may-day'
  | 'ascension'
  | 'whitsun'
  | 'midsummer-eve'
  | 'midsummer-day'
  | 'all-saints'
  | 'independence-day'
  | 'christmas-eve'
  | 'christmas-day'
  | 'boxing-day';

const NAMES: Record<HolidayId, TrilingualText> = {
  'new-year': { fi: 'Uudenvuodenpäivä', sv: 'Nyårsdagen', en: "New Year's Day" },
  epiphany: { fi: 'Loppiainen', sv: 'Trettondedagen', en: 'Epiphany' },
  'good-friday': { fi: 'Pitkäperjantai', sv: 'Långfredagen', en: 'Good Friday' },
  'easter-sunday': { fi: 'Pääsiäispäivä', sv: 'Påskdagen', en: 'Easter Sunday' },
  'easter-monday': { fi: '2. pääsiäispäivä', sv: 'Annandag påsk', en: 'Easter Monday' },
  'may-day': { fi: 'Vappu', sv: 'Första maj', en: 'May Day' },
  ascension: { fi: 'Helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
  whitsun: { fi: 'Helluntaipäivä', sv: 'Pingstdagen', en: 'Whitsun (Pentecost)' },
  'midsummer-eve': { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' },
  'midsummer-day': { fi: 'Juhannuspäivä', sv: 'Midsommardagen', en: 'Midsummer Day' },
  'all-saints': { fi: 'Pyhäinpäivä', sv: 'Alla helgons dag', en: "All Saints' Day" },
  'independence-day': { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen', en: 'Independence Day' },
  'christmas-eve': { fi: 'Jouluaatto', sv: 'Julafton', en: 'Christmas Eve' },
  'christmas-day': { fi: 'Joulupäivä', sv: 'Juldagen', en: 'Christmas Day' },
  'boxing-day': { fi: 'Tapaninpäivä', sv: 'Annandag jul', en: "Boxing Day (St Stephen's Day)" },
};

/** One holiday as the engine uses it: an epoch day, an id and a kind. */
export interface HolidayDay {
  readonly day: number;
  readonly id: HolidayId;
  readonly kind: HolidayKind;
}

/**
 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * @param year - a Gregorian year
 * @returns the epoch day of Easter Sunday
 * @example
 * formatIsoDay(easterSunday(2026)); // '2026-04-05'
 */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDay(year, month, day);
}

/**
 * The holidays of a year as epoch days, in date order, without validation (any Gregorian year; the
 * engine needs the year after 2200 for windows that wrap over the new year). See
 * {@link finnishHolidays} for the rules.
 *
 * @param year - a Gregorian year
 * @returns the holidays, sorted by day
 * @example
 * holidayDays(2026).length; // 15
 */
export function holidayDays(year: number): HolidayDay[] {
  const easter = easterSunday(year);
  // Epiphany and Ascension Day were kept on Saturdays in 1973–1990 (restored from 1991).
  const saturdayEra = year >= 1973 && year <= 1990;
  // Midsummer and All Saints' Day have been on Saturdays since 1955; before that on fixed dates.
  const movedToSaturday = year >= 1955;
  const midsummerDay = movedToSaturday ? weekdayOnOrAfter(epochDay(year, 6, 20), 6) : epochDay(year, 6, 24);
  const list: HolidayDay[] = [
    { day: epochDay(year, 1, 1), id: 'new-year', kind: 'public' },
    {
      day: saturdayEra ? weekdayOnOrAfter(epochDay(year, 1, 6), 6) : epochDay(year, 1, 6),
      id: 'epiphany',
      kind: 'public',
    },
    { day: easter - 2, id: 'good-friday', kind: 'public' },
    { day: easter, id: 'easter-sunday', kind: 'public' },
    { day: easter + 1, id: 'easter-monday', kind: 'public' },
    { day: epochDay(year, 5, 1), id: 'may-day', kind: 'public' },
    // 1973–1990: the Saturday before the traditional Thursday (the eve of Rogation Sunday).
    { day: easter + (saturdayEra ? 34 : 39), id: 'ascension', kind: 'public' },
    { day: easter + 49, id: 'whitsun', kind: 'public' },
    { day: midsummerDay - 1, id: 'midsummer-eve', kind: 'day-off' },
    { day: midsummerDay, id: 'midsummer-day', kind: 'public' },
    {
      day: movedToSaturday ? weekdayOnOrAfter(epochDay(year, 10, 31), 6) : epochDay(year, 11, 1),
      id: 'all-saints',
      kind: 'public',
    },
    { day: epochDay(year, 12, 24), id: 'christmas-eve', kind: 'day-off' },
    { day: epochDay(year, 12, 25), id: 'christmas-day', kind: 'public' },
    { day: epochDay(year, 12, 26), id: 'boxing-day', kind: 'public' },
  ];
  // Independence Day (6 December 1917) has been a general day off since 1919.
  if (year >= 1919) list.splice(11, 0, { day: epochDay(year, 12, 6), id: 'independence-day', kind: 'public' });
  // Stable: two holidays on one day (May Day and Ascension Day in 2008) keep the order above.
  return list.sort((x, y) => x.day - y.day);
}

/**
 * The Finnish public holidays and customary days off of a year, for a year already known to be in
 * 1900–2200: the rules and their history are those of the main entry's `finnishHolidays`, which
 * checks the year and then calls this.
 *
 * @param year - a whole year in 1900–2200 (not checked; outside it the result is unspecified)
 * @returns the holidays sorted by date (two on one day, as May Day and Ascension Day in 2008, both appear)
 * @example
 * finnishHolidays(2026).find((h) => h.name.en === 'Midsummer Eve');
 * // { date: '2026-06-19', name: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' }, kind: 'day-off' }
 */
export function finnishHolidays(year: number): Holiday[] {
  return holidayDays(year).map((h) => ({ date: formatIsoDay(h.day), name: { ...NAMES[h.id] }, kind: h.kind }));
}
