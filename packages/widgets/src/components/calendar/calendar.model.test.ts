import { describe, expect, it } from 'vitest';
import { shifted, validDay } from './calendar.model.js';

describe('the calendar’s days (calendar.model)', () => {
  it('takes only real days of the years the grid covers', () => {
    expect(validDay('2028-02-29')).toBe(true);
    expect(validDay('1900-01-01')).toBe(true);
    expect(validDay('2200-12-31')).toBe(true);
    for (const value of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-3-10',
      '1899-12-31',
      '2201-01-01',
      '',
      undefined,
    ]) {
      expect(validDay(value), String(value)).toBe(false);
    }
  });

  it('moves by days, weeks and months as core does, and not out of the years the grid covers', () => {
    expect(shifted('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(shifted('2026-03-10', { weeks: -1, days: 1 })).toBe('2026-03-04');
    expect(shifted('2026-12-31', { days: 1 })).toBe('2027-01-01');
    expect(shifted('1900-01-01', { days: -1 })).toBeUndefined();
    expect(shifted('1900-06-15', { months: -12 })).toBeUndefined();
    expect(shifted('2200-12-31', { weeks: 1 })).toBeUndefined();
  });
});
