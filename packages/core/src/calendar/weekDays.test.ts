import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import { runs } from '../test/runs.js';
import { monthGrid } from './monthGrid.js';
import { weekDays } from './weekDays.js';

describe('weekDays', () => {
  it('gives Monday to Sunday of Midsummer week 2026 with Midsummer Eve and Day named', () => {
    const days = weekDays('2026-06-19');
    expect(days.map((d) => d.date)).toEqual([
      '2026-06-15',
      '2026-06-16',
      '2026-06-17',
      '2026-06-18',
      '2026-06-19',
      '2026-06-20',
      '2026-06-21',
    ]);
    expect(days[4]!.holiday).toEqual({
      name: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' },
      kind: 'day-off',
    });
    expect(days[5]!.holiday?.kind).toBe('public');
    expect(days.every((d) => d.inMonth)).toBe(true);
  });

  it('marks the days of the other month in a week across a month end', () => {
    const days = weekDays('2026-01-01');
    expect(days.map((d) => [d.date, d.inMonth])).toEqual([
      ['2025-12-29', false],
      ['2025-12-30', false],
      ['2025-12-31', false],
      ['2026-01-01', true],
      ['2026-01-02', true],
      ['2026-01-03', true],
      ['2026-01-04', true],
    ]);
  });

  it('is the row of the month grid that contains the day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const row = monthGrid(year, month).weeks.find((w) => w.days.some((d) => d.date === date));
          expect(weekDays(date)).toEqual(row!.days);
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it('rejects a date that does not exist', () => {
    expect(() => weekDays('2026-02-30')).toThrow(ValidationError);
    expect(() => weekDays('2026-02-30')).toThrow(/date: Not a real calendar date/);
  });
});
