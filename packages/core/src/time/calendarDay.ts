/**
 * Calendar days as integers: *epoch days* (whole days since 1970-01-01) in the proleptic Gregorian
 * calendar, with no time zone involved. Weekday, ISO-week and month questions are integer arithmetic;
 * a day becomes a string only at a boundary (`isoFormat.ts`).
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a proleptic Gregorian calendar date (H. Hinnant's `days_from_civil`).
 *
 * @param year - full year, e.g. 2026
 * @param month - 1–12
 * @param day - 1–31
 * @returns the epoch day (negative before 1970)
 * @example
 * epochDay(2026, 3, 10); // 20522
 */
export function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The calendar date of an epoch day (H. Hinnant's `civil_from_days`).
 *
 * @param days - days since 1970-01-01
 * @returns `[year, month 1–12, day 1–31]`
 * @example
 * civilDate(20522); // [2026, 3, 10]
 */
export function civilDate(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/**
 * The year an epoch day falls in.
 *
 * @param days - days since 1970-01-01
 * @returns the full year
 * @example
 * yearOfEpochDay(20454); // 2026 (1 January 2026)
 */
export function yearOfEpochDay(days: number): number {
  return civilDate(days)[0];
}

/**
 * ISO weekday of an epoch day; 1970-01-01 was a Thursday.
 *
 * @param days - days since 1970-01-01
 * @returns 1 = Monday … 7 = Sunday
 * @example
 * isoWeekday(epochDay(2026, 3, 10)); // 2 (a Tuesday)
 */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/**
 * ISO 8601 week number: a week belongs to the year of its Thursday, so 1–3 January can be in the
 * previous year's W52/W53 and 29–31 December in the next year's W01.
 *
 * @param days - days since 1970-01-01
 * @returns 1–53
 * @example
 * isoWeek(epochDay(2025, 12, 29)); // 1 (Monday of 2026-W01)
 * isoWeek(epochDay(2026, 12, 31)); // 53
 */
export function isoWeek(days: number): number {
  const thursday = days + 4 - isoWeekday(days);
  return Math.floor((thursday - epochDay(yearOfEpochDay(thursday), 1, 1)) / 7) + 1;
}

/**
 * The first day on or after `from` that falls on an ISO weekday.
 *
 * @param from - days since 1970-01-01
 * @param weekday - ISO weekday, 1 = Monday … 7 = Sunday
 * @returns the epoch day, `from` itself when it has the weekday
 * @example
 * civilDate(weekdayOnOrAfter(epochDay(2026, 6, 20), 6)); // [2026, 6, 20] (already a Saturday)
 */
export function weekdayOnOrAfter(from: number, weekday: number): number {
  return from + ((weekday - isoWeekday(from) + 7) % 7);
}

/**
 * Number of days in a month.
 *
 * @param year - full year
 * @param month - 1–12
 * @returns 28–31
 * @example
 * daysInMonth(2028, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  return month === 12 ? 31 : epochDay(year, month + 1, 1) - epochDay(year, month, 1);
}

/**
 * The nth ISO weekday of a month, counted the way RRULE `BYDAY=2TU` / `-1TU` counts.
 *
 * @param year - full year
 * @param month - 1–12
 * @param weekday - ISO weekday, 1 = Monday … 7 = Sunday
 * @param nth - 1–4 from the start of the month, or -1 for the last
 * @returns the epoch day
 * @example
 * civilDate(nthWeekdayOfMonth(2026, 3, 2, 2)); // [2026, 3, 10] (second Tuesday of March 2026)
 * civilDate(nthWeekdayOfMonth(2026, 3, 2, -1)); // [2026, 3, 31]
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) return weekdayOnOrAfter(epochDay(year, month, 1), weekday) + 7 * (nth - 1);
  const last = epochDay(year, month, daysInMonth(year, month));
  return last - ((isoWeekday(last) - weekday + 7) % 7);
}

/**
 * The same day of the month `months` months later (or earlier), or the last day of the target month
 * when it is shorter: 31 January plus one month is 28 (or 29) February, as date-fns `addMonths` does.
 *
 * @param days - days since 1970-01-01
 * @param months - whole months to add; negative goes back
 * @returns the epoch day
 * @example
 * civilDate(addCalendarMonths(epochDay(2026, 8, 31), 6)); // [2027, 2, 28]
 */
export function addCalendarMonths(days: number, months: number): number {
  const [year, month, day] = civilDate(days);
  const index = year * 12 + month - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return epochDay(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The year an ISO 8601 week belongs to: the year of its Thursday, so 29–31 December can be in the
 * next year's week 1 and 1–3 January in the previous year's last week.
 *
 * @param days - days since 1970-01-01
 * @returns the ISO week-numbering year
 * @example
 * isoWeekYear(epochDay(2025, 12, 29)); // 2026 (Monday of 2026-W01)
 * isoWeekYear(epochDay(2027, 1, 3)); // 2026 (Sunday of 2026-W53)
 */
export function isoWeekYear(days: number): number {
  return yearOfEpochDay(days + 4 - isoWeekday(days));
}

/**
 * The Monday that starts the ISO week of a day (weeks start on Monday in Finland).
 *
 * @param days - days since 1970-01-01
 * @returns the epoch day of that Monday, `days` itself on a Monday
 * @example
 * civilDate(startOfIsoWeek(epochDay(2026, 1, 1))); // [2025, 12, 29]
 */
export function startOfIsoWeek(days: number): number {
  return days + 1 - isoWeekday(days);
}
