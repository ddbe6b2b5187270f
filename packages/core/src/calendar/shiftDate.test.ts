import { addDays, addMonths, addWeeks } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import { shiftDate } from './shiftDate.js';

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** The date as a machine-local noon Date for date-fns, and back. */
const toLocal = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
};
const fromLocal = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

describe('shiftDate', () => {
  it('keeps the TSDoc examples true', () => {
    expect(shiftDate('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(shiftDate('2026-03-10', { weeks: -1, days: 1 })).toBe('2026-03-04');
  });

  it('ends a month step at the last day of a shorter month, leap years included', () => {
    expect(shiftDate('2028-01-31', { months: 1 })).toBe('2028-02-29');
    expect(shiftDate('2026-03-31', { months: -1 })).toBe('2026-02-28');
    expect(shiftDate('2026-12-15', { months: 1 })).toBe('2027-01-15');
    expect(shiftDate('2026-05-31', { months: 1 })).toBe('2026-06-30');
  });

  it('crosses year ends by days and weeks, and does nothing with an empty shift', () => {
    expect(shiftDate('2026-12-31', { days: 1 })).toBe('2027-01-01');
    expect(shiftDate('2027-01-04', { weeks: -1 })).toBe('2026-12-28');
    expect(shiftDate('2026-03-10', {})).toBe('2026-03-10');
  });

  it('round-trips day and week steps', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: -700, max: 700 }),
        (date, days, weeks) => {
          expect(shiftDate(shiftDate(date, { days, weeks }), { days: -days, weeks: -weeks })).toBe(date);
          expect(shiftDate(date, { days: weeks * 7 })).toBe(shiftDate(date, { weeks }));
        },
      ),
    );
  });

  it('agrees with date-fns addMonths, addWeeks and addDays applied in that order', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: -400, max: 400 }),
        (date, months, weeks, days) => {
          const expected = fromLocal(addDays(addWeeks(addMonths(toLocal(date), months), weeks), days));
          expect(shiftDate(date, { months, weeks, days })).toBe(expected);
        },
      ),
    );
  });

  it('rejects fractions, unknown units, bad dates and results beyond year 9999', () => {
    expect(() => shiftDate('2026-03-10', { days: 1.5 })).toThrow(ValidationError);
    expect(() => shiftDate('2026-03-10', { years: 1 } as never)).toThrow(/shift/);
    expect(() => shiftDate('2026-13-10', { days: 1 })).toThrow(/date/);
    expect(() => shiftDate('9999-12-31', { days: 1 })).toThrow(/0000–9999/);
  });
});
