import { TZDate } from '@date-fns/tz';
import type { IsoDate, LocalTime, Weekday } from '../model/common.js';
import type { ZonedDateTime } from '../schedule/occurrence.js';

/**
 * Internal calendar arithmetic for the search module. Dates are handled as day numbers (days since
 * 1970-01-01) so weekday and ISO-week questions never touch a time zone; only turning a Helsinki
 * wall-clock time into an instant needs the zone (`TZDate`).
 */

const MS_PER_DAY = 86_400_000;

/** The IANA zone every opening time is given in. */
export const HELSINKI = 'Europe/Helsinki';

/** Days since 1970-01-01 for a `YYYY-MM-DD` string (assumed valid). */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The `YYYY-MM-DD` string of a day number. */
export function dayToIso(day: number): IsoDate {
  const d = new Date(day * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `date` plus `days` calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return dayToIso(dayNumber(date) + days);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
function weekdayOfDay(day: number): Weekday {
  return ((((day % 7) + 7 + 3) % 7) + 1) as Weekday;
}

/** ISO 8601 week number (1–53): the week belongs to the year of its Thursday. */
function isoWeekOfDay(day: number): number {
  const thursday = day + (4 - weekdayOfDay(day));
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  return Math.floor((thursday - Date.UTC(year, 0, 1) / MS_PER_DAY) / 7) + 1;
}

/** What the opening rules need to know about one calendar day, computed once per day. */
export interface DayInfo {
  readonly date: IsoDate;
  readonly weekday: Weekday;
  /** ISO week number, 1–53. */
  readonly isoWeek: number;
  /** Parity of the ISO week number: after a 53-week year, W53 and W01 are both odd. */
  readonly weekParity: 'odd' | 'even';
}

/** Weekday and ISO week of `date`. */
export function dayInfo(date: IsoDate): DayInfo {
  const day = dayNumber(date);
  const isoWeek = isoWeekOfDay(day);
  return { date, weekday: weekdayOfDay(day), isoWeek, weekParity: isoWeek % 2 === 1 ? 'odd' : 'even' };
}

/**
 * The instant of a Helsinki wall-clock time, written with its offset (`+02:00` winter, `+03:00`
 * summer). A time skipped by the spring change (03:30 on the last Sunday of March) moves forward an
 * hour, as `TZDate` does; the repeated hour in October resolves to winter time.
 */
export function helsinkiDateTime(date: IsoDate, time: LocalTime): ZonedDateTime {
  const zoned = new TZDate(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
    HELSINKI,
  );
  const offset = -zoned.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(zoned.getFullYear(), 4)}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}` +
    `T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The Helsinki calendar date at instant `ms`. */
export function helsinkiDateAt(ms: number): IsoDate {
  const zoned = new TZDate(ms, HELSINKI);
  return `${pad(zoned.getFullYear(), 4)}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`;
}
