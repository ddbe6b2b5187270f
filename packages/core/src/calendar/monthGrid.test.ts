import { getISODay, getISOWeek, getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import { finnishHolidays } from '../schedule/finnishHolidays.js';
import { runs } from '../test/runs.js';
import { monthGrid } from './monthGrid.js';

/** A machine-local noon Date of a `YYYY-MM-DD` date, for date-fns (which works in the machine's zone). */
function localNoon(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const value = new Date(2000, 0, 1, 12);
  value.setFullYear(y, m - 1, d);
  return value;
}

/** The next day by the machine's UTC calendar, independent of the code under test. */
function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const yearMonth = fc.record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) });

describe('monthGrid', () => {
  it('starts January 2026 on Monday 29 December 2025, in 2026-W01, and marks New Year and Epiphany', () => {
    const grid = monthGrid(2026, 1);
    expect(grid.year).toBe(2026);
    expect(grid.month).toBe(1);
    expect(grid.weeks[0]).toMatchObject({ isoWeek: 1, isoWeekYear: 2026 });
    expect(grid.weeks[0]!.days[0]).toEqual({ date: '2025-12-29', inMonth: false, weekday: 1 });
    expect(grid.weeks[0]!.days[3]).toEqual({
      date: '2026-01-01',
      inMonth: true,
      weekday: 4,
      holiday: { name: { fi: 'Uudenvuodenpäivä', sv: 'Nyårsdagen', en: "New Year's Day" }, kind: 'public' },
    });
    expect(grid.weeks[1]!.days[1]!.holiday?.name.fi).toBe('Loppiainen');
    expect(grid.weeks[5]!.days[6]!.date).toBe('2026-02-08');
  });

  it('keeps six rows when the month would fit in four or five (February 2027 starts on a Monday)', () => {
    const grid = monthGrid(2027, 2);
    expect(grid.weeks).toHaveLength(6);
    expect(grid.weeks[0]!.days[0]).toEqual({ date: '2027-02-01', inMonth: true, weekday: 1 });
    expect(grid.weeks[4]!.days[0]).toEqual({ date: '2027-03-01', inMonth: false, weekday: 1 });
    expect(grid.weeks.map((w) => w.isoWeek)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('numbers the weeks of December 2026 up to W53 and the first week of 2027', () => {
    const grid = monthGrid(2026, 12);
    expect(grid.weeks.map((w) => `${w.isoWeekYear}-W${w.isoWeek}`)).toEqual([
      '2026-W49',
      '2026-W50',
      '2026-W51',
      '2026-W52',
      '2026-W53',
      '2027-W1',
    ]);
    const christmasEve = grid.weeks[3]!.days[3]!;
    expect(christmasEve).toMatchObject({ date: '2026-12-24', holiday: { kind: 'day-off' } });
    expect(christmasEve.holiday?.name.sv).toBe('Julafton');
  });

  it('names both holidays when May Day and Ascension Day fall on one day (2008)', () => {
    const day = monthGrid(2008, 5).weeks[0]!.days.find((d) => d.date === '2008-05-01');
    expect(day?.holiday).toEqual({
      name: {
        fi: 'Vappu / Helatorstai',
        sv: 'Första maj / Kristi himmelsfärdsdag',
        en: 'May Day / Ascension Day',
      },
      kind: 'public',
    });
  });

  it('always has 6 weeks of 7 contiguous days, Monday first, holding every day of the month once', () => {
    fc.assert(
      fc.property(yearMonth, ({ year, month }) => {
        const grid = monthGrid(year, month);
        const days = grid.weeks.flatMap((w) => w.days);
        expect(grid.weeks).toHaveLength(6);
        expect(days).toHaveLength(42);
        for (const week of grid.weeks) expect(week.days.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
        for (let i = 1; i < days.length; i++) expect(days[i]!.date).toBe(nextDate(days[i - 1]!.date));
        const prefix = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-`;
        const inMonth = days.filter((d) => d.inMonth);
        const length = new Date(Date.UTC(2001, month, 0)).getUTCDate() + (month === 2 ? leapDay(year) : 0);
        expect(inMonth.map((d) => Number(d.date.slice(8)))).toEqual(Array.from({ length }, (_, i) => i + 1));
        expect(inMonth.every((d) => d.date.startsWith(prefix))).toBe(true);
        expect(days.filter((d) => !d.inMonth).every((d) => !d.date.startsWith(prefix))).toBe(true);
        expect(days[0]!.date <= `${prefix}01`).toBe(true);
        expect(nextDate(days[6]!.date) > `${prefix}01`).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it('gives ISO weeks and weekdays that date-fns agrees with', () => {
    fc.assert(
      fc.property(yearMonth, ({ year, month }) => {
        for (const week of monthGrid(year, month).weeks) {
          for (const day of week.days) {
            const date = localNoon(day.date);
            expect(getISODay(date)).toBe(day.weekday);
            expect(getISOWeek(date)).toBe(week.isoWeek);
            expect(getISOWeekYear(date)).toBe(week.isoWeekYear);
          }
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it('marks exactly the holidays of finnishHolidays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2199 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const days = monthGrid(year, month).weeks.flatMap((w) => w.days);
        const known = new Set([year - 1, year, year + 1].flatMap((y) => finnishHolidays(y)).map((h) => h.date));
        expect(days.filter((d) => d.holiday).map((d) => d.date)).toEqual(
          days.map((d) => d.date).filter((date) => known.has(date)),
        );
      }),
      { numRuns: runs(100) },
    );
  });

  it('rejects a month or a year it cannot draw', () => {
    expect(() => monthGrid(2026, 13)).toThrow(ValidationError);
    expect(() => monthGrid(2026, 0)).toThrow(/month/);
    expect(() => monthGrid(1899, 12)).toThrow(/year/);
    expect(() => monthGrid(2026.5, 1)).toThrow(/year/);
  });
});

function leapDay(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 1 : 0;
}
