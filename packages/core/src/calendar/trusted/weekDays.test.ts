import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/runs.js';
import { weekDays as checked } from '../weekDays.js';
import { weekDays } from './weekDays.js';

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('weekDays (trusted)', () => {
  it('keeps the TSDoc example true', () => {
    expect(weekDays('2026-06-19').map((d) => d.date)).toEqual([
      '2026-06-15',
      '2026-06-16',
      '2026-06-17',
      '2026-06-18',
      '2026-06-19',
      '2026-06-20',
      '2026-06-21',
    ]);
    expect(weekDays('2026-06-19')[4]!.holiday?.name.en).toBe('Midsummer Eve');
  });

  it('gives the checked function’s days for any real date', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(weekDays(date)).toEqual(checked(date));
      }),
      { numRuns: runs(200) },
    );
  });
});
