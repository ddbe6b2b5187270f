/**
 * Helsinki time: the UTC offset of `Europe/Helsinki`, and conversions between instants and Helsinki
 * wall-clock time. The offset follows the EU rule (`summerTime.ts`) from 1996 onwards, the rule tzdata
 * applies to all future years; earlier instants ask the platform's own time-zone data through `Intl`,
 * which knows the history (Helsinki mean time +01:39:49 until May 1921, no summer time before 1981
 * except 1942, September ends until 1995) and costs a browser bundle nothing. `helsinki.test.ts`
 * checks both against `TZDate` (`@date-fns/tz`, a test oracle only) and `Intl` for many instants.
 */
import { civilDate, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './calendarDay.js';
import { formatIsoDay, formatLocalDateTime, formatOffset } from './isoFormat.js';
import { euRuleOffsetAt, summerTimeSpan } from './summerTime.js';

/** The only time zone of the agreements, the meeting places and the exports. */
export const HELSINKI = 'Europe/Helsinki';

/** From this year on, Helsinki follows the current EU rule, so the fast path is exact. */
const FAST_RULE_FROM_YEAR = 1996;
/** 1996-01-01T00:00:00Z. */
const FAST_RULE_FROM_MS = 820_454_400_000;

let offsetFormat: Intl.DateTimeFormat | undefined;

/** Helsinki's UTC offset at an instant in seconds, from `Intl` (`GMT+02:00`, `GMT+01:39:49`): for years before 1996. */
function historicalOffsetSeconds(utcMs: number): number {
  offsetFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: HELSINKI, timeZoneName: 'longOffset' });
  const [, sign, hours = '0', minutes = '0', seconds = '0'] =
    /GMT([+-])(\d\d):(\d\d)(?::(\d\d))?/.exec(offsetFormat.format(utcMs)) ?? [];
  const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return sign === '-' ? -total : total;
}

/**
 * The instant of a Helsinki wall-clock time before 1996, given as the milliseconds a UTC clock would
 * show, read by the rule `helsinkiToUtc` states: a skipped time with the offset before the change, a
 * repeated time as the later instant. Unlike `TZDate`, the machine's own time zone plays no part.
 */
function historicalToUtc(local: number): number {
  // No two changes of Helsinki's offset were ever less than two days apart.
  const before = historicalOffsetSeconds(local - MS_PER_DAY);
  const after = historicalOffsetSeconds(local + MS_PER_DAY);
  const early = local - before * 1000;
  if (before === after) return early;
  const late = local - after * 1000;
  const lateExists = historicalOffsetSeconds(late) === after;
  if (historicalOffsetSeconds(early) === before) return lateExists ? Math.max(early, late) : early;
  return lateExists ? late : early;
}

/**
 * The UTC offset of Helsinki at an instant, in minutes (120 in winter, 180 in summer since 1921; the
 * +01:39:49 of Helsinki mean time before May 1921 is cut to 99, as `TZDate` does).
 *
 * @param utcMs - milliseconds since the epoch
 * @returns minutes east of UTC
 * @example
 * helsinkiOffsetAt(Date.UTC(2026, 6, 1)); // 180
 */
export function helsinkiOffsetAt(utcMs: number): number {
  if (utcMs < FAST_RULE_FROM_MS) return Math.trunc(historicalOffsetSeconds(utcMs) / 60);
  return euRuleOffsetAt(utcMs);
}

/**
 * The instant of a Helsinki wall-clock time. Like `TZDate`, a time in the spring gap (03:00–03:59 on
 * the last Sunday of March) is read as winter time, i.e. it lands one hour later on the clock, and a
 * time repeated in autumn (03:00–03:59 on the last Sunday of October) is the second, winter-time one.
 * Meetings never fall on Sundays, so neither case reaches a schedule. Before 1996 the same rule holds
 * for the changes of those years (and for the 20 minutes skipped on 1 May 1921), to the second.
 *
 * @param days - epoch day of the local date
 * @param minute - minutes after local midnight, 0–1439
 * @returns milliseconds since the epoch
 * @example
 * new Date(helsinkiToUtc(epochDay(2026, 3, 10), 9 * 60)).toISOString(); // '2026-03-10T07:00:00.000Z'
 */
export function helsinkiToUtc(days: number, minute: number): number {
  const [year] = civilDate(days);
  const local = days * MS_PER_DAY + minute * MS_PER_MINUTE;
  if (year < FAST_RULE_FROM_YEAR) return historicalToUtc(local);
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
