import {
  addMonths,
  eachDayOfInterval,
  endOfMonth,
  getISODay,
  getISOWeek,
  getISOWeekYear,
  startOfISOWeek,
} from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../test/runs.js';
import {
  addCalendarMonths,
  civilDate,
  daysInMonth,
  epochDay,
  isoWeek,
  isoWeekday,
  isoWeekYear,
  MS_PER_DAY,
  nthWeekdayOfMonth,
  startOfIsoWeek,
  weekdayOnOrAfter,
  yearOfEpochDay,
} from './calendarDay.js';

/** A machine-local Date on the calendar day of an epoch day (date-fns works in the machine's zone). */
function localDate(days: number): Date {
  const [y, m, d] = civilDate(days);
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(y, m - 1, d);
  return date;
}

/** Brute force by date-fns: the days of a month that fall on an ISO weekday. */
function weekdaysOfMonth(year: number, month: number, weekday: number): number[] {
  const start = new Date(year, month - 1, 1, 12);
  return eachDayOfInterval({ start, end: endOfMonth(start) })
    .filter((date) => getISODay(date) === weekday)
    .map((date) => date.getDate());
}

describe('epoch days', () => {
  it('round-trips every day from 1900 to 2201 and agrees with Date.UTC', () => {
    // Every day, one assertion: an expect per day would cost a hundred times the arithmetic it checks.
    const wrong: string[] = [];
    for (let d = epochDay(1900, 1, 1); d <= epochDay(2201, 12, 31); d += 1) {
      const [y, m, day] = civilDate(d);
      if (epochDay(y, m, day) !== d) wrong.push(`${d} → ${y}-${m}-${day} → ${epochDay(y, m, day)}`);
      const date = new Date(d * MS_PER_DAY);
      if (date.getUTCFullYear() !== y || date.getUTCMonth() + 1 !== m || date.getUTCDate() !== day) {
        wrong.push(`${d}: ${y}-${m}-${day}, Date.UTC says ${date.toISOString().slice(0, 10)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives ISO weekdays and month lengths as the TSDoc examples say', () => {
    expect(epochDay(2026, 3, 10)).toBe(20522);
    expect(civilDate(20522)).toEqual([2026, 3, 10]);
    expect(yearOfEpochDay(20454)).toBe(2026);
    expect(isoWeekday(epochDay(2026, 3, 10))).toBe(2);
    expect(isoWeekday(epochDay(1969, 12, 31))).toBe(3);
    expect(isoWeekday(epochDay(1922, 1, 1))).toBe(7);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('agrees with the machine calendar on weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 80_000 }), (day) => {
        expect(isoWeekday(day)).toBe(((new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});

describe('isoWeek', () => {
  it('numbers ISO weeks so that 2026-W01 starts on Monday 2025-12-29', () => {
    expect(isoWeek(epochDay(2025, 12, 28))).toBe(52);
    expect(isoWeek(epochDay(2025, 12, 29))).toBe(1);
    expect(isoWeek(epochDay(2026, 1, 4))).toBe(1);
    expect(isoWeek(epochDay(2026, 1, 5))).toBe(2);
  });

  it('knows 53-week years: 2026-12-31 is in 2026-W53 and 2027-01-04 starts W01', () => {
    expect(isoWeek(epochDay(2026, 12, 31))).toBe(53);
    expect(isoWeek(epochDay(2027, 1, 3))).toBe(53);
    expect(isoWeek(epochDay(2027, 1, 4))).toBe(1);
  });

  it('agrees with date-fns getISOWeek', () => {
    fc.assert(
      fc.property(fc.integer({ min: epochDay(1900, 1, 1), max: epochDay(2200, 12, 31) }), (day) => {
        expect(isoWeek(day)).toBe(getISOWeek(localDate(day)));
      }),
      { numRuns: runs(2000) },
    );
  });
});

describe('weekdayOnOrAfter', () => {
  it('gives the day itself when it has the weekday, else the next one within a week', () => {
    expect(civilDate(weekdayOnOrAfter(epochDay(2026, 6, 20), 6))).toEqual([2026, 6, 20]);
    expect(civilDate(weekdayOnOrAfter(epochDay(2026, 6, 21), 6))).toEqual([2026, 6, 27]);
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 80_000 }), fc.integer({ min: 1, max: 7 }), (from, weekday) => {
        const day = weekdayOnOrAfter(from, weekday);
        expect(isoWeekday(day)).toBe(weekday);
        expect(day - from).toBeGreaterThanOrEqual(0);
        expect(day - from).toBeLessThan(7);
      }),
    );
  });
});

describe('nthWeekdayOfMonth', () => {
  it('finds the second and the last Tuesday of March 2026', () => {
    expect(civilDate(nthWeekdayOfMonth(2026, 3, 2, 2))).toEqual([2026, 3, 10]);
    expect(civilDate(nthWeekdayOfMonth(2026, 3, 2, -1))).toEqual([2026, 3, 31]);
  });

  it('matches counting the weekdays of the month one by one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(1, 2, 3, 4, -1),
        (year, month, weekday, nth) => {
          const days = weekdaysOfMonth(year, month, weekday);
          const day = nth > 0 ? days[nth - 1] : days.at(-1);
          expect(nthWeekdayOfMonth(year, month, weekday, nth)).toBe(epochDay(year, month, day!));
        },
      ),
    );
  });
});

describe('addCalendarMonths', () => {
  it('keeps the day of the month, or ends at a shorter month’s last day', () => {
    expect(civilDate(addCalendarMonths(epochDay(2026, 8, 31), 6))).toEqual([2027, 2, 28]);
    expect(civilDate(addCalendarMonths(epochDay(2027, 8, 31), 6))).toEqual([2028, 2, 29]);
    expect(civilDate(addCalendarMonths(epochDay(2026, 1, 31), 3))).toEqual([2026, 4, 30]);
    expect(civilDate(addCalendarMonths(epochDay(2026, 6, 1), 3))).toEqual([2026, 9, 1]);
    expect(civilDate(addCalendarMonths(epochDay(2026, 3, 31), -1))).toEqual([2026, 2, 28]);
    expect(civilDate(addCalendarMonths(epochDay(2026, 1, 15), -13))).toEqual([2024, 12, 15]);
  });

  it('agrees with date-fns addMonths', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: epochDay(1900, 1, 1), max: epochDay(2200, 12, 31) }),
        fc.integer({ min: -60, max: 60 }),
        (day, months) => {
          const expected = addMonths(localDate(day), months);
          const [y, m, d] = civilDate(addCalendarMonths(day, months));
          expect([y, m, d]).toEqual([expected.getFullYear(), expected.getMonth() + 1, expected.getDate()]);
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});

describe('isoWeekYear and startOfIsoWeek', () => {
  it('puts the turn of 2025/2026 and 2026/2027 in the years of their Thursdays', () => {
    expect(isoWeekYear(epochDay(2025, 12, 28))).toBe(2025);
    expect(isoWeekYear(epochDay(2025, 12, 29))).toBe(2026);
    expect(isoWeekYear(epochDay(2027, 1, 3))).toBe(2026);
    expect(isoWeekYear(epochDay(2027, 1, 4))).toBe(2027);
    expect(civilDate(startOfIsoWeek(epochDay(2026, 1, 1)))).toEqual([2025, 12, 29]);
    expect(civilDate(startOfIsoWeek(epochDay(2026, 3, 9)))).toEqual([2026, 3, 9]);
    expect(civilDate(startOfIsoWeek(epochDay(2026, 3, 15)))).toEqual([2026, 3, 9]);
  });

  it('agree with date-fns getISOWeekYear and startOfISOWeek', () => {
    fc.assert(
      fc.property(fc.integer({ min: epochDay(1900, 1, 1), max: epochDay(2200, 12, 31) }), (day) => {
        expect(isoWeekYear(day)).toBe(getISOWeekYear(localDate(day)));
        const monday = startOfISOWeek(localDate(day));
        expect(civilDate(startOfIsoWeek(day))).toEqual([monday.getFullYear(), monday.getMonth() + 1, monday.getDate()]);
      }),
      { numRuns: runs(2000) },
    );
  });
});
