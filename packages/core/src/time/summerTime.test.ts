import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../test/runs.js';
import { euRuleOffsetAt, summerTimeSpan } from './summerTime.js';

describe('the EU summer-time rule', () => {
  it('switches at 01:00 UTC on the last Sunday of March and October', () => {
    expect(euRuleOffsetAt(Date.UTC(2026, 2, 29, 0, 59))).toBe(120);
    expect(euRuleOffsetAt(Date.UTC(2026, 2, 29, 1, 0))).toBe(180);
    expect(euRuleOffsetAt(Date.UTC(2026, 9, 25, 0, 59))).toBe(180);
    expect(euRuleOffsetAt(Date.UTC(2026, 9, 25, 1, 0))).toBe(120);
    expect(summerTimeSpan(2026)).toEqual([Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]);
  });

  it('finds the last Sunday of March and of October in every year, 1900–2200', () => {
    for (let year = 1900; year <= 2200; year++) {
      for (const [index, month] of [
        [0, 2],
        [1, 9],
      ] as const) {
        const ms = summerTimeSpan(year)[index];
        const date = new Date(ms);
        expect(date.getUTCDay()).toBe(0);
        expect(date.getUTCMonth()).toBe(month);
        expect(date.getUTCHours()).toBe(1);
        expect(new Date(ms + 7 * 86_400_000).getUTCMonth()).toBe(month + 1);
      }
    }
  });

  it('agrees with the time-zone database for every instant from 1997 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(euRuleOffsetAt(ms)).toBe(-new TZDate(ms, 'Europe/Helsinki').getTimezoneOffset());
      }),
      { numRuns: runs(2000) },
    );
  });
});
