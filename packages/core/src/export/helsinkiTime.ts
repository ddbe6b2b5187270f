import { TZDate } from '@date-fns/tz';

/** The only time zone the agreements use and the only one the exports write. */
export const HELSINKI = 'Europe/Helsinki';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The first year the exported VTIMEZONE is written for (its observances start in 1996). */
const FIRST_VTIMEZONE_YEAR = 1997;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Epoch ms of 01:00 UTC on the last Sunday of a month: when EU summer time starts or ends. */
function lastSundayAt0100Utc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * The UTC offset, in minutes, that the exported `Europe/Helsinki` VTIMEZONE declares for an instant:
 * +180 (EEST) from the last Sunday of March to the last Sunday of October, 01:00 UTC, else +120 (EET).
 *
 * @param epochMs - the instant
 * @returns 120 or 180
 * @example
 * vtimezoneOffsetMinutes(Date.UTC(2026, 2, 29, 0, 59)); // 120 (one minute before summer time)
 * vtimezoneOffsetMinutes(Date.UTC(2026, 2, 29, 1, 0)); // 180
 */
export function vtimezoneOffsetMinutes(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  const summer = epochMs >= lastSundayAt0100Utc(year, 2) && epochMs < lastSundayAt0100Utc(year, 9);
  return summer ? 180 : 120;
}

/** The UTC offset of Helsinki at an instant according to the runtime's time-zone database. */
function tzdataOffsetMinutes(epochMs: number): number {
  return -new TZDate(epochMs, HELSINKI).getTimezoneOffset();
}

/** Basic-format date-time `YYYYMMDDTHHMMSS` of the UTC fields of `epochMs` (shifted beforehand). */
function basicFormat(epochMs: number): string {
  const d = new Date(epochMs);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

/**
 * An iCalendar DATE-TIME value: Helsinki wall-clock time (written with `TZID=Europe/Helsinki`) or,
 * where that would not name exactly this instant, UTC (`…Z`).
 */
export interface ICalDateTime {
  /** True when `value` is UTC (ends in `Z`) rather than Helsinki wall-clock time. */
  readonly utc: boolean;
  readonly value: string;
}

/**
 * The iCalendar DATE-TIME for an instant. Helsinki wall-clock time whenever it names the instant
 * unambiguously under the exported VTIMEZONE and agrees with the time-zone database; otherwise UTC:
 * before 1997, in the repeated hour of the October change (RFC 5545 says such a time means the first
 * occurrence, ical.js and date-fns read the second, so neither is safe) and if Finland's rules ever
 * differ from the VTIMEZONE.
 *
 * @param epochMs - the instant
 * @returns `{ utc: false, value: '20260310T090000' }` or `{ utc: true, value: '20261025T013000Z' }`
 * @example
 * icalDateTime(Date.UTC(2026, 2, 10, 7)); // { utc: false, value: '20260310T090000' }
 */
export function icalDateTime(epochMs: number): ICalDateTime {
  const offset = vtimezoneOffsetMinutes(epochMs);
  const wall = epochMs + offset * MINUTE;
  const year = new Date(wall).getUTCFullYear();
  const repeatedHour =
    vtimezoneOffsetMinutes(wall - 3 * HOUR) === 180 && vtimezoneOffsetMinutes(wall - 2 * HOUR) === 120;
  if (year >= FIRST_VTIMEZONE_YEAR && !repeatedHour && tzdataOffsetMinutes(epochMs) === offset) {
    return { utc: false, value: basicFormat(wall) };
  }
  return { utc: true, value: `${basicFormat(epochMs)}Z` };
}

/**
 * An instant as an iCalendar UTC DATE-TIME (`DTSTAMP`, `UNTIL`).
 *
 * @param epochMs - the instant
 * @returns `YYYYMMDDTHHMMSSZ`
 * @example
 * icalUtcDateTime(Date.UTC(2026, 2, 10, 7)); // '20260310T070000Z'
 */
export function icalUtcDateTime(epochMs: number): string {
  return `${basicFormat(epochMs)}Z`;
}

/** Helsinki wall-clock fields of an instant (time-zone database, via `TZDate`). */
export interface HelsinkiWallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC: 120 or 180. */
  offset: number;
}

/**
 * The Helsinki wall clock at an instant.
 *
 * @param epochMs - the instant
 * @returns calendar fields and the UTC offset in minutes
 * @example
 * helsinkiWallClock(Date.UTC(2026, 5, 1, 6)).hour; // 9 (EEST, +03:00)
 */
export function helsinkiWallClock(epochMs: number): HelsinkiWallClock {
  const d = new TZDate(epochMs, HELSINKI);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
    offset: -d.getTimezoneOffset(),
  };
}

/**
 * The Helsinki calendar date of an instant.
 *
 * @param epochMs - the instant
 * @returns `YYYY-MM-DD`
 * @example
 * helsinkiIsoDate(Date.UTC(2026, 2, 9, 22, 30)); // '2026-03-10' (00:30 in Helsinki)
 */
export function helsinkiIsoDate(epochMs: number): string {
  const w = helsinkiWallClock(epochMs);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/**
 * An instant written with its Helsinki offset, the boundary format of the project.
 *
 * @param epochMs - the instant
 * @returns e.g. `2026-03-10T09:00:00+02:00`
 * @example
 * helsinkiIsoDateTime(Date.UTC(2026, 2, 10, 7)); // '2026-03-10T09:00:00+02:00'
 */
export function helsinkiIsoDateTime(epochMs: number): string {
  const w = helsinkiWallClock(epochMs);
  const sign = w.offset < 0 ? '-' : '+';
  const offset = Math.abs(w.offset);
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`
  );
}

/**
 * The instant a reader of the exported VTIMEZONE gives a Helsinki wall-clock time.
 *
 * @param year - calendar year
 * @param month - 1 = January
 * @param day - day of the month
 * @param hour - 0–23
 * @param minute - 0–59
 * @param second - 0–59
 * @returns epoch ms, or `undefined` in the skipped or the repeated hour, where readers disagree
 * @example
 * vtimezoneInstant(2026, 3, 10, 9, 0, 0) === Date.UTC(2026, 2, 10, 7); // true
 * vtimezoneInstant(2026, 10, 25, 3, 30, 0); // undefined (03:00–04:00 happens twice that night)
 */
export function vtimezoneInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number | undefined {
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  const candidates = [180, 120]
    .map((offset) => wall.getTime() - offset * MINUTE)
    .filter((epochMs) => vtimezoneOffsetMinutes(epochMs) * MINUTE === wall.getTime() - epochMs);
  return candidates.length === 1 ? candidates[0] : undefined;
}
