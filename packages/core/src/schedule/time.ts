/**
 * All Helsinki-time arithmetic of the schedule engine, in one place.
 *
 * Dates are handled as *epoch days* (whole days since 1970-01-01, an integer) and times of day as
 * minutes after midnight, so the hot path of the engine is integer arithmetic; a date becomes a string
 * only at the end. The `Europe/Helsinki` offset is computed by the EU rule (summer time from 01:00 UTC
 * on the last Sunday of March to 01:00 UTC on the last Sunday of October) for 1996 onwards, the rule
 * tzdata applies to all future years; earlier instants ask `@date-fns/tz` (`TZDate`), which knows the
 * history (no summer time before 1981 except 1942, September ends until 1995). `time.test.ts` checks
 * the fast rule against `TZDate` for many instants.
 */
import { TZDate } from '@date-fns/tz';

/** The only time zone of the agreements. */
export const HELSINKI = 'Europe/Helsinki';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** From this year on, Helsinki follows the current EU rule, so the fast path is exact. */
const FAST_RULE_FROM_YEAR = 1996;
const FAST_RULE_FROM_MS = Date.UTC(FAST_RULE_FROM_YEAR, 0, 1);

/** '00'…'99', to format without `padStart` in the hot path. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

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
 * Parses a `YYYY-MM-DD` date (already validated) into an epoch day.
 *
 * @param date - an ISO date
 * @returns days since 1970-01-01
 * @example
 * parseIsoDay('2026-03-10'); // 20522
 */
export function parseIsoDay(date: string): number {
  return epochDay(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * Writes an epoch day as `YYYY-MM-DD` (years 1000–9999).
 *
 * @param days - days since 1970-01-01
 * @returns the ISO date
 * @example
 * formatIsoDay(20522); // '2026-03-10'
 */
export function formatIsoDay(days: number): string {
  const [y, m, d] = civilDate(days);
  return `${y}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`;
}

/**
 * Parses a wall-clock time `HH:mm` (already validated) into minutes after midnight.
 *
 * @param time - `HH:mm`
 * @returns 0–1439
 * @example
 * parseLocalTime('09:30'); // 570
 */
export function parseLocalTime(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Epoch day of the last Sunday of a month. */
function lastSunday(year: number, month: number): number {
  const last = epochDay(year, month, daysInMonth(year, month));
  return last - (isoWeekday(last) % 7);
}

/** Per-year `[start, end)` of summer time in UTC milliseconds under the EU rule. */
const summerTimeCache = new Map<number, readonly [number, number]>();

function summerTime(year: number): readonly [number, number] {
  let span = summerTimeCache.get(year);
  if (span === undefined) {
    // 01:00 UTC on the last Sunday of March and of October.
    span = [lastSunday(year, 3) * MS_PER_DAY + 3_600_000, lastSunday(year, 10) * MS_PER_DAY + 3_600_000];
    summerTimeCache.set(year, span);
  }
  return span;
}

/**
 * The UTC offset of Helsinki at an instant, in minutes (120 in winter, 180 in summer since 1921).
 *
 * @param utcMs - milliseconds since the epoch
 * @returns minutes east of UTC
 * @example
 * helsinkiOffsetAt(Date.UTC(2026, 6, 1)); // 180
 */
export function helsinkiOffsetAt(utcMs: number): number {
  if (utcMs < FAST_RULE_FROM_MS) return -new TZDate(utcMs, HELSINKI).getTimezoneOffset();
  // Summer time never spans a new year, so the UTC year is the right one even on 31 December.
  const [start, end] = summerTime(new Date(utcMs).getUTCFullYear());
  return utcMs >= start && utcMs < end ? 180 : 120;
}

/**
 * The instant of a Helsinki wall-clock time. Like `TZDate`, a time in the spring gap (03:00–03:59 on
 * the last Sunday of March) is read as winter time, i.e. it lands one hour later on the clock, and a
 * time repeated in autumn (03:00–03:59 on the last Sunday of October) is the second, winter-time one.
 * Meetings never fall on Sundays, so neither case reaches a schedule.
 *
 * @param days - epoch day of the local date
 * @param minute - minutes after local midnight, 0–1439
 * @returns milliseconds since the epoch
 * @example
 * new Date(helsinkiToUtc(epochDay(2026, 3, 10), 9 * 60)).toISOString(); // '2026-03-10T07:00:00.000Z'
 */
export function helsinkiToUtc(days: number, minute: number): number {
  const [year, month, day] = civilDate(days);
  if (year < FAST_RULE_FROM_YEAR) {
    return new TZDate(year, month - 1, day, Math.floor(minute / 60), minute % 60, HELSINKI).getTime();
  }
  const local = days * MS_PER_DAY + minute * MS_PER_MINUTE;
  const [start, end] = summerTime(year);
  // The transitions happen at 03:00 local wall time on both days (01:00 UTC).
  const startLocal = start + 2 * 3_600_000;
  const endLocal = end + 2 * 3_600_000;
  const summer = local >= startLocal + 3_600_000 && local < endLocal;
  return local - (summer ? 180 : 120) * MS_PER_MINUTE;
}

/**
 * An instant as an ISO 8601 date-time in Helsinki time with its offset, to the minute.
 *
 * @param utcMs - milliseconds since the epoch (whole minutes)
 * @returns e.g. `2026-03-10T09:00:00+02:00`
 * @example
 * helsinkiDateTime(Date.UTC(2026, 6, 1, 6)); // '2026-07-01T09:00:00+03:00'
 */
export function helsinkiDateTime(utcMs: number): string {
  const offset = helsinkiOffsetAt(utcMs);
  const local = utcMs + offset * MS_PER_MINUTE;
  const days = Math.floor(local / MS_PER_DAY);
  const minute = Math.floor((local - days * MS_PER_DAY) / MS_PER_MINUTE);
  return `${formatIsoDay(days)}T${TWO_DIGITS[Math.floor(minute / 60)]}:${TWO_DIGITS[minute % 60]}:00+${TWO_DIGITS[Math.floor(offset / 60)]}:${TWO_DIGITS[offset % 60]}`;
}

/**
 * The Helsinki calendar day an instant falls on, and the minute of that day.
 *
 * @param utcMs - milliseconds since the epoch
 * @returns `[epoch day, minutes after midnight]` in Helsinki time
 * @example
 * helsinkiDayAndMinute(Date.UTC(2026, 11, 31, 22, 30)); // [20819, 30]: 00:30 on 1 January 2027
 */
export function helsinkiDayAndMinute(utcMs: number): [number, number] {
  const local = utcMs + helsinkiOffsetAt(utcMs) * MS_PER_MINUTE;
  const days = Math.floor(local / MS_PER_DAY);
  return [days, Math.floor((local - days * MS_PER_DAY) / MS_PER_MINUTE)];
}

export { MS_PER_DAY, MS_PER_MINUTE };
