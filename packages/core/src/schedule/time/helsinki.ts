/**
 * Helsinki time: the UTC offset of `Europe/Helsinki`, and conversions between instants and Helsinki
 * wall-clock time. The offset follows the EU rule (`summerTime.ts`) from 1996 onwards, the rule tzdata
 * applies to all future years; earlier instants ask `@date-fns/tz` (`TZDate`), which knows the history
 * (no summer time before 1981 except 1942, September ends until 1995). `helsinki.test.ts` checks the
 * fast rule against `TZDate` and `Intl` for many instants.
 */
import { TZDate } from '@date-fns/tz';
import { civilDate, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './calendarDay.js';
import { formatIsoDay, formatLocalDateTime, formatOffset } from './isoFormat.js';
import { euRuleOffsetAt, summerTimeSpan } from './summerTime.js';

/** The only time zone of the agreements, the meeting places and the exports. */
export const HELSINKI = 'Europe/Helsinki';

/** From this year on, Helsinki follows the current EU rule, so the fast path is exact. */
const FAST_RULE_FROM_YEAR = 1996;
/** 1996-01-01T00:00:00Z. */
const FAST_RULE_FROM_MS = 820_454_400_000;

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
  return euRuleOffsetAt(utcMs);
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
  const [start, end] = summerTimeSpan(year);
  // The transitions happen at 03:00 local wall time on both days (01:00 UTC).
  const startLocal = start + 2 * MS_PER_HOUR;
  const endLocal = end + 2 * MS_PER_HOUR;
  const summer = local >= startLocal + MS_PER_HOUR && local < endLocal;
  return local - (summer ? 180 : 120) * MS_PER_MINUTE;
}

/**
 * An instant as an ISO 8601 date-time in Helsinki time with its offset: the boundary format.
 *
 * @param utcMs - milliseconds since the epoch (a fraction of a second is dropped)
 * @returns e.g. `2026-03-10T09:00:00+02:00`
 * @example
 * helsinkiDateTime(Date.UTC(2026, 6, 1, 6)); // '2026-07-01T09:00:00+03:00'
 */
export function helsinkiDateTime(utcMs: number): string {
  const offset = helsinkiOffsetAt(utcMs);
  return formatLocalDateTime(utcMs + offset * MS_PER_MINUTE) + formatOffset(offset);
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

/**
 * The Helsinki calendar date of an instant: what "today" is for a family in Finland.
 *
 * @param utcMs - milliseconds since the epoch
 * @returns `YYYY-MM-DD`
 * @example
 * helsinkiIsoDate(Date.UTC(2026, 2, 9, 22, 30)); // '2026-03-10' (00:30 in Helsinki)
 */
export function helsinkiIsoDate(utcMs: number): string {
  return formatIsoDay(helsinkiDayAndMinute(utcMs)[0]);
}

/** Helsinki wall-clock fields of an instant. */
export interface HelsinkiWallClock {
  year: number;
  /** 1 = January. */
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
 * @param utcMs - milliseconds since the epoch (a fraction of a second is dropped)
 * @returns calendar fields and the UTC offset in minutes
 * @example
 * helsinkiWallClock(Date.UTC(2026, 5, 1, 6)).hour; // 9 (EEST, +03:00)
 */
export function helsinkiWallClock(utcMs: number): HelsinkiWallClock {
  const offset = helsinkiOffsetAt(utcMs);
  const local = utcMs + offset * MS_PER_MINUTE;
  const days = Math.floor(local / MS_PER_DAY);
  const second = Math.floor((local - days * MS_PER_DAY) / 1000);
  const [year, month, day] = civilDate(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(second / 3600),
    minute: Math.floor(second / 60) % 60,
    second: second % 60,
    offset,
  };
}
