import type { Cadence } from '../model/cadence.js';
import type { Occurrence } from '../schedule/occurrence.js';
import { civilDate, epochDay, nthWeekdayOfMonth } from '../time/calendarDay.js';
import { helsinkiWallClock } from '../time/helsinki.js';
import { toEpochMs } from '../time/isoFormat.js';
import { vtimezoneInstant } from './helsinkiVTimezone.js';
import { icalDateTime, icalUtcDateTime } from './icalDateTime.js';

const ICAL_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The one RRULE that produces exactly the given occurrences, when a monthly cadence has one: all on
 * the cadence's nth weekday (`BYDAY=2TU`), at the same Helsinki time and length, none moved, the
 * missing months the same every year (`BYMONTH`), ending with the last (`UNTIL`). The rule is proved,
 * not assumed: its instances are generated with nth-weekday arithmetic and the VTIMEZONE's offsets and
 * compared with the occurrences' start and end instants; any difference means no rule.
 *
 * @param cadence - the group's cadence; only `monthly` with `weekday` and `weekOfMonth` can qualify
 * @param occurrences - the group's occurrences (at least two), in any order
 * @returns the RRULE value, or `undefined` when no single rule reproduces the occurrences exactly
 * @example
 * exactMonthlyRule({ kind: 'monthly', mode: 'remote', weekday: 2, weekOfMonth: 2 }, [
 *   { start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' },
 *   { start: '2026-04-14T09:00:00+03:00', end: '2026-04-14T11:00:00+03:00', mode: 'remote' },
 * ]); // 'FREQ=MONTHLY;BYMONTH=3,4;BYDAY=2TU;UNTIL=20260414T205959Z'
 */
export function exactMonthlyRule(cadence: Cadence, occurrences: readonly Occurrence[]): string | undefined {
  if (cadence.kind !== 'monthly' || cadence.weekday === undefined || cadence.weekOfMonth === undefined)
    return undefined;
  if (occurrences.length < 2 || occurrences.some((o) => o.moved)) return undefined;
  const { weekday, weekOfMonth } = cadence;
  const spans = occurrences
    .map((o) => ({ start: toEpochMs(o.start) ?? Number.NaN, end: toEpochMs(o.end) ?? Number.NaN }))
    .sort((a, b) => a.start - b.start);
  const first = spans[0]!;
  // A recurring event's DTSTART must be Helsinki wall-clock time for the rule to follow summer time.
  if (icalDateTime(first.start).utc) return undefined;
  const last = spans[spans.length - 1]!;
  const startClock = helsinkiWallClock(first.start);
  const endClock = helsinkiWallClock(first.end);
  const endDayOffset =
    epochDay(endClock.year, endClock.month, endClock.day) - epochDay(startClock.year, startClock.month, startClock.day);

  const months = [...new Set(spans.map((s) => helsinkiWallClock(s.start).month))].sort((x, y) => x - y);
  const lastClock = helsinkiWallClock(last.start);
  const expected: { start: number | undefined; end: number | undefined }[] = [];
  const lastMonthIndex = lastClock.year * 12 + lastClock.month - 1;
  for (let index = startClock.year * 12 + startClock.month - 1; index <= lastMonthIndex; index++) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if (!months.includes(month)) continue;
    const day = nthWeekdayOfMonth(year, month, weekday, weekOfMonth);
    const [, , dayOfMonth] = civilDate(day);
    const [endYear, endMonth, endDayOfMonth] = civilDate(day + endDayOffset);
    expected.push({
      start: vtimezoneInstant(year, month, dayOfMonth, startClock.hour, startClock.minute, startClock.second),
      end: vtimezoneInstant(endYear, endMonth, endDayOfMonth, endClock.hour, endClock.minute, endClock.second),
    });
  }
  const exact =
    expected.length === spans.length &&
    expected.every((e, i) => e.start === spans[i]!.start && e.end === spans[i]!.end);
  if (!exact) return undefined;

  // UNTIL is inclusive; the end of the last meeting's Helsinki day is past it and weeks before the next.
  const until = vtimezoneInstant(lastClock.year, lastClock.month, lastClock.day, 23, 59, 59);
  if (until === undefined) return undefined;
  const byMonth = months.length < 12 ? `;BYMONTH=${months.join(',')}` : '';
  return `FREQ=MONTHLY${byMonth};BYDAY=${weekOfMonth}${ICAL_WEEKDAYS[weekday - 1]};UNTIL=${icalUtcDateTime(until)}`;
}
