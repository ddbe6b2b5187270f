import { describe, expect, it } from 'vitest';
import { epochDay } from '../time/calendarDay.js';
import { helsinkiToUtc } from '../time/helsinki.js';
import type { ValidationError } from '../validation/parseInput.js';
import { expandPlaced, toOccurrence } from './expand.js';
import { invalid } from './period.js';
import { nonWorkingReason } from './workingDay.js';

describe('engine internals: the examples of their TSDoc', () => {
  it('expandPlaced places the 2nd Tuesday of March 2026 on the 10th', () => {
    const monthly = { kind: 'monthly', mode: 'remote' } as const;
    const placed = expandPlaced(monthly, epochDay(2026, 3, 1), epochDay(2026, 3, 31), 'inside');
    expect(placed.map((p) => p.day)).toEqual([epochDay(2026, 3, 10)]);
    // March is the third meeting month, and the meeting may move within March.
    expect(placed.map((p) => [p.index, p.range])).toEqual([[2, [[epochDay(2026, 3, 1), epochDay(2026, 3, 31)]]]]);
  });

  it('toOccurrence writes Helsinki date-times', () => {
    const start = helsinkiToUtc(epochDay(2026, 3, 10), 9 * 60);
    expect(
      toOccurrence({
        day: epochDay(2026, 3, 10),
        startMs: start,
        endMs: start + 7_200_000,
        mode: 'remote',
        cycle: 2026,
        index: 2,
        range: [[epochDay(2026, 3, 1), epochDay(2026, 3, 31)]],
      }),
    ).toEqual({ start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' });
  });

  it('invalid throws a ValidationError naming the field', () => {
    const rule = { code: 'unknown-reference', expected: 'group' } as const;
    expect(() => invalid({ input: 'query', path: ['groups'] }, 0, rule, 'no group with this id', 'x')).toThrow(
      /^query\.groups\[0\]: no group with this id$/,
    );
    try {
      invalid({ input: 'query', path: ['groups'] }, 0, rule, 'no group with this id', 'x');
    } catch (error) {
      expect((error as ValidationError).issues[0]).toMatchObject({
        params: { rule: 'unknown-reference', expected: 'group' },
      });
    }
  });

  it('nonWorkingReason tells weekends, holidays and days off apart, across years', () => {
    expect(nonWorkingReason(epochDay(2026, 6, 19))).toBe('day-off');
    expect(nonWorkingReason(epochDay(2026, 6, 20))).toBe('holiday'); // Midsummer Day, a Saturday
    expect(nonWorkingReason(epochDay(2026, 6, 21))).toBe('weekend');
    expect(nonWorkingReason(epochDay(2026, 6, 22))).toBeUndefined();
    expect(nonWorkingReason(epochDay(2201, 1, 1))).toBe('holiday'); // beyond the public range, for wrapping windows
    expect(nonWorkingReason(epochDay(2025, 12, 31))).toBeUndefined();
  });
});
