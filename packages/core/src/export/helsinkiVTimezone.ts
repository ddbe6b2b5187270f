import { epochDay, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../time/calendarDay.js';
import { euRuleOffsetAt } from '../time/summerTime.js';

/**
 * The `Europe/Helsinki` VTIMEZONE written into every exported calendar, in the form of the RFC 5545
 * examples (§3.6.5): EET (+0200) and EEST (+0300), changing at 01:00 UTC on the last Sunday of March
 * (03:00 → 04:00 local) and of October (04:00 → 03:00 local), the EU rule in force since 1996
 * (`euRuleOffsetAt`). Times before 1997 are exported in UTC, so the observances need not describe
 * older rules.
 */
export const HELSINKI_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'X-LIC-LOCATION:Europe/Helsinki',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19960331T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19961027T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * The instant a reader of {@link HELSINKI_VTIMEZONE} gives a Helsinki wall-clock time.
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
  const wall = epochDay(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000;
  const candidates = [180, 120]
    .map((offset) => wall - offset * MS_PER_MINUTE)
    .filter((epochMs) => euRuleOffsetAt(epochMs) * MS_PER_MINUTE === wall - epochMs);
  return candidates.length === 1 ? candidates[0] : undefined;
}
