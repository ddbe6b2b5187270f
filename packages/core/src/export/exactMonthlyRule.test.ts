import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import type { MonthlyCadence } from '../model/cadence.js';
import type { Occurrence } from '../schedule/occurrence.js';
import { exactMonthlyRule } from './exactMonthlyRule.js';

/** Brute force: the days of a month that fall on an ISO weekday. */
function weekdaysOfMonth(year: number, month: number, weekday: number): number[] {
  const days: number[] = [];
  for (let day = 1; day <= new Date(Date.UTC(year, month, 0)).getUTCDate(); day++) {
    if (((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1 === weekday) days.push(day);
  }
  return days;
}

/** A meeting at a Helsinki wall-clock time, written as the schedule writes it. */
function meeting(year: number, month: number, day: number, hour = 9, minutes = 120): Occurrence {
  const start = new TZDate(year, month - 1, day, hour, 0, 0, 'Europe/Helsinki');
  const end = new TZDate(start.getTime() + minutes * 60_000, 'Europe/Helsinki');
  const iso = (d: TZDate) => d.toISOString().replace('.000', '');
  return { start: iso(start), end: iso(end), mode: 'remote' };
}

describe('exactMonthlyRule', () => {
  const cadence: MonthlyCadence = { kind: 'monthly', mode: 'remote', weekday: 2, weekOfMonth: 2 };

  it('keeps the documented example true', () => {
    expect(
      exactMonthlyRule(cadence, [
        { start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' },
        { start: '2026-04-14T09:00:00+03:00', end: '2026-04-14T11:00:00+03:00', mode: 'remote' },
      ]),
    ).toBe('FREQ=MONTHLY;BYMONTH=3,4;BYDAY=2TU;UNTIL=20260414T205959Z');
  });

  it('gives a rule without BYMONTH for every month of several years, across summer time', () => {
    const occurrences: Occurrence[] = [];
    for (let year = 2026; year <= 2029; year++) {
      for (let month = 1; month <= 12; month++)
        occurrences.push(meeting(year, month, weekdaysOfMonth(year, month, 2)[1]!));
    }
    expect(exactMonthlyRule(cadence, occurrences.reverse())).toBe('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20291211T215959Z');
  });

  it('expresses a July pause as BYMONTH and the last weekday as -1', () => {
    const occurrences: Occurrence[] = [];
    for (let month = 1; month <= 12; month++) {
      if (month !== 7) occurrences.push(meeting(2026, month, weekdaysOfMonth(2026, month, 4).at(-1)!, 13));
    }
    expect(exactMonthlyRule({ ...cadence, weekday: 4, weekOfMonth: -1 }, occurrences)).toBe(
      'FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,8,9,10,11,12;BYDAY=-1TH;UNTIL=20261231T215959Z',
    );
  });

  it('gives no rule when a meeting moved, a month is missing once, a time or length differs, or the day is off', () => {
    const base = () => [1, 2, 3, 4].map((month) => meeting(2026, month, weekdaysOfMonth(2026, month, 2)[1]!));
    expect(exactMonthlyRule(cadence, base())).toBeDefined();

    const moved = base();
    moved[1] = { ...moved[1]!, moved: { from: '2026-02-10', reason: 'holiday' } };
    expect(exactMonthlyRule(cadence, moved)).toBeUndefined();

    // March missing in 2026 but present in 2027: BYMONTH cannot say that.
    const twoYears = [1, 2, 4, 13, 14, 15].map((i) => {
      const year = 2026 + Math.floor((i - 1) / 12);
      const month = ((i - 1) % 12) + 1;
      return meeting(year, month, weekdaysOfMonth(year, month, 2)[1]!);
    });
    expect(exactMonthlyRule(cadence, twoYears)).toBeUndefined();

    const otherTime = base();
    otherTime[2] = meeting(2026, 3, 10, 10);
    expect(exactMonthlyRule(cadence, otherTime)).toBeUndefined();

    const otherLength = base();
    otherLength[2] = meeting(2026, 3, 10, 9, 90);
    expect(exactMonthlyRule(cadence, otherLength)).toBeUndefined();

    const otherDay = base();
    otherDay[2] = meeting(2026, 3, 17);
    expect(exactMonthlyRule(cadence, otherDay)).toBeUndefined();

    expect(exactMonthlyRule({ ...cadence, weekOfMonth: 3 }, base())).toBeUndefined();
    expect(exactMonthlyRule({ kind: 'monthly', mode: 'remote' }, base())).toBeUndefined();
    expect(exactMonthlyRule(cadence, base().slice(0, 1))).toBeUndefined();
  });
});
