import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ptvWeekday, weekdayRange } from './ptvWeekday.js';

describe('ptvWeekday', () => {
  it('holds for the documented example and reads any letter case', () => {
    expect(ptvWeekday('Wednesday')).toBe(3);
    expect(ptvWeekday('monday')).toBe(1);
    expect(ptvWeekday(' SUNDAY ')).toBe(7);
  });

  it('rejects names PTV does not use', () => {
    for (const bad of ['', 'Mon', 'maanantai', '1']) expect(ptvWeekday(bad), bad).toBeUndefined();
  });
});

describe('weekdayRange', () => {
  it('holds for the documented examples', () => {
    expect(weekdayRange(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(weekdayRange(6, 1)).toEqual([6, 7, 1]);
  });

  it('starts at from, ends at to, steps one day and never exceeds a week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }), (from, to) => {
        const days = weekdayRange(from, to);
        expect(days[0]).toBe(from);
        expect(days.at(-1)).toBe(to);
        expect(days.length).toBe(((to - from + 7) % 7) + 1);
        for (let i = 1; i < days.length; i++) expect(days[i]).toBe((days[i - 1]! % 7) + 1);
      }),
    );
  });
});
