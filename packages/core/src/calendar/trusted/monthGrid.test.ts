import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/runs.js';
import { monthGrid as checked } from '../monthGrid.js';
import { monthGrid } from './monthGrid.js';

describe('monthGrid (trusted)', () => {
  it('keeps the TSDoc example true', () => {
    const grid = monthGrid(2026, 1);
    expect(grid.weeks[0]).toMatchObject({ isoWeek: 1, isoWeekYear: 2026 });
    expect(grid.weeks[0]!.days[0]).toEqual({ date: '2025-12-29', inMonth: false, weekday: 1 });
    expect(grid.weeks[0]!.days[3]!.holiday).toMatchObject({ name: { fi: 'Uudenvuodenpäivä' }, kind: 'public' });
  });

  it('gives the checked function’s grid for any valid year and month, the first and last included', () => {
    expect(monthGrid(1900, 1)).toEqual(checked(1900, 1));
    expect(monthGrid(2200, 12)).toEqual(checked(2200, 12));
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(monthGrid(year, month)).toEqual(checked(year, month));
      }),
      { numRuns: runs(100) },
    );
  });
});
