import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/runs.js';
import { shiftDate as checked } from '../shiftDate.js';
import { shiftDate } from './shiftDate.js';

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('shiftDate (trusted)', () => {
  it('keeps the TSDoc examples true', () => {
    expect(shiftDate('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(shiftDate('2026-03-10', { weeks: -1, days: 1 })).toBe('2026-03-04');
  });

  it('gives the checked function’s date for any real date and whole steps, each part left out or not', () => {
    const part = (max: number) => fc.option(fc.integer({ min: -max, max }), { nil: undefined });
    fc.assert(
      fc.property(isoDate, part(20_000), part(2_000), part(600), (date, days, weeks, months) => {
        const shift = {
          ...(days === undefined ? {} : { days }),
          ...(weeks === undefined ? {} : { weeks }),
          ...(months === undefined ? {} : { months }),
        };
        expect(shiftDate(date, shift)).toBe(checked(date, shift));
      }),
      { numRuns: runs(300) },
    );
  });
});
