/**
 * Reading and writing the ISO 8601 strings that cross our boundaries: `YYYY-MM-DD` dates, `HH:mm`
 * times and date-times with an offset. Inside, dates are epoch days and instants epoch milliseconds.
 */
import { civilDate, daysInMonth, epochDay, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './calendarDay.js';

/** '00'…'99', to format without `padStart` in the hot path. */
const TWO_DIGITS: readonly string[] = /* @__PURE__ */ Array.from({ length: 100 }, (_, i) =>
  i < 10 ? `0${i}` : String(i),
);

/** A year as four digits (years 1000–9999 need no padding, so the common case stays cheap). */
function fourDigitYear(year: number): string {
  return year >= 1000 ? String(year) : String(year).padStart(4, '0');
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

/** `YYYY-MM-DD`, the shape of an ISO date (whether the day is real is checked apart). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (no `2026-02-30`): the rule of the
 * model's `IsoDate`, without a schema, for functions that check their arguments in the browser.
 *
 * @param value - anything
 * @returns true for a real date in the years 0000–9999
 * @example
 * isIsoDate('2028-02-29'); // true
 * isIsoDate('2026-02-29'); // false
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(value.slice(0, 4)), month);
}

/**
 * Writes an epoch day as `YYYY-MM-DD`.
 *
 * @param days - days since 1970-01-01
 * @returns the ISO date
 * @example
 * formatIsoDay(20522); // '2026-03-10'
 */
export function formatIsoDay(days: number): string {
  const [y, m, d] = civilDate(days);
  return `${fourDigitYear(y)}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`;
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

/**
 * Writes minutes after midnight as a wall-clock time `HH:mm`.
 *
 * @param minute - 0–1439
 * @returns `HH:mm`
 * @example
 * formatLocalTime(570); // '09:30'
 */
export function formatLocalTime(minute: number): string {
  return `${TWO_DIGITS[Math.floor(minute / 60)]}:${TWO_DIGITS[minute % 60]}`;
}

/**
 * The date and time of day that the UTC fields of `ms` show, to the second, without an offset. Shift
 * an instant by a zone's offset first to write its wall-clock time there.
 *
 * @param ms - milliseconds since the epoch (a fraction of a second is dropped)
 * @returns `YYYY-MM-DDTHH:mm:ss`
 * @example
 * formatLocalDateTime(Date.UTC(2026, 2, 10, 9, 30, 15)); // '2026-03-10T09:30:15'
 */
export function formatLocalDateTime(ms: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  const second = Math.floor((ms - days * MS_PER_DAY) / 1000);
  const minute = Math.floor(second / 60);
  return `${formatIsoDay(days)}T${TWO_DIGITS[Math.floor(minute / 60)]}:${TWO_DIGITS[minute % 60]}:${TWO_DIGITS[second % 60]}`;
}

/**
 * Writes a UTC offset as `+HH:mm` (or `-HH:mm`).
 *
 * @param minutes - minutes east of UTC
 * @returns e.g. `+02:00`
 * @example
 * formatOffset(180); // '+03:00'
 */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${TWO_DIGITS[Math.floor(abs / 60)]}:${TWO_DIGITS[abs % 60]}`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The instant an ISO 8601 date-time with `Z` or an offset names, in milliseconds since the epoch, or
 * `undefined` when the string is not a real date-time. `Date.parse` is not used because it rolls
 * `2026-02-30` over to March.
 *
 * @param value - e.g. `2026-03-10T09:00:00+02:00` or `2026-03-10T07:00:00Z`
 * @returns epoch milliseconds, or `undefined` for an impossible date, time or offset
 * @example
 * toEpochMs('2026-03-10T09:00:00+02:00') === Date.UTC(2026, 2, 10, 7); // true
 * toEpochMs('2026-02-30T09:00:00+02:00'); // undefined
 */
export function toEpochMs(value: string): number | undefined {
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const sign = match[7] === '-' ? -1 : 1;
  const offsetHours = Number(match[8] ?? 0);
  const offsetMinutes = Number(match[9] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 18 || offsetMinutes > 59) return undefined;
  const local = epochDay(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000;
  return local - sign * (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE;
}
