import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, yearOfEpochDay } from '../time/calendarDay.js';
import { helsinkiOffsetAt } from '../time/helsinki.js';
import { formatLocalDateTime } from '../time/isoFormat.js';
import { euRuleOffsetAt } from '../time/summerTime.js';

/** The first year the exported VTIMEZONE is written for (its observances start in 1996). */
const FIRST_VTIMEZONE_YEAR = 1997;

/** Basic-format date-time `YYYYMMDDTHHMMSS` of the UTC fields of `epochMs` (shifted beforehand). */
function basicFormat(epochMs: number): string {
  return formatLocalDateTime(epochMs).replace(/[-:]/g, '');
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
 * unambiguously under the exported VTIMEZONE (the EU rule, see `helsinkiVTimezone.ts`) and agrees with
 * Helsinki's real offset (`helsinkiOffsetAt`); otherwise UTC: before 1997, in the repeated hour of the
 * October change (RFC 5545 says such a time means the first occurrence, ical.js and date-fns read the
 * second, so neither is safe) and if Finland's rules ever differ from the VTIMEZONE.
 *
 * @param epochMs - the instant
 * @returns `{ utc: false, value: '20260310T090000' }` or `{ utc: true, value: '20261025T013000Z' }`
 * @example
 * icalDateTime(Date.UTC(2026, 2, 10, 7)); // { utc: false, value: '20260310T090000' }
 */
export function icalDateTime(epochMs: number): ICalDateTime {
  const offset = euRuleOffsetAt(epochMs);
  const wall = epochMs + offset * MS_PER_MINUTE;
  const repeatedHour = euRuleOffsetAt(wall - 3 * MS_PER_HOUR) === 180 && euRuleOffsetAt(wall - 2 * MS_PER_HOUR) === 120;
  if (
    yearOfEpochDay(Math.floor(wall / MS_PER_DAY)) >= FIRST_VTIMEZONE_YEAR &&
    !repeatedHour &&
    helsinkiOffsetAt(epochMs) === offset
  ) {
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
