import { describe, expect, it } from 'vitest';
import { helsinkiDateTimeParts } from './helsinkiDateTimeParts.js';
import { isSupportedInstant } from './isSupportedInstant.js';

/** The oracle: the year of the Helsinki date `helsinkiDateTimeParts` gives (it throws after 9999). */
function inSupportedYearsInHelsinki(value: string): boolean {
  try {
    const year = Number(helsinkiDateTimeParts(value).date.slice(0, 4));
    return year >= 1922 && year <= 2200;
  } catch {
    return false;
  }
}

describe('isSupportedInstant', () => {
  it('draws the line at midnight of 1 January 1922 and of 1 January 2201 in Helsinki', () => {
    const cases = [
      ['1921-12-31T21:59:59Z', false],
      ['1921-12-31T22:00:00Z', true],
      ['1922-01-01T00:00:00+02:00', true],
      ['2200-12-31T21:59:59Z', true],
      ['2200-12-31T22:00:00Z', false],
      ['2200-12-31T23:59:59+02:00', true],
      ['2201-01-01T00:00:00+02:00', false],
      ['9999-12-31T23:00:00Z', false],
      ['0001-01-01T00:00:00Z', false],
    ] as const;
    for (const [value, supported] of cases) {
      expect(isSupportedInstant(value), value).toBe(supported);
      expect(inSupportedYearsInHelsinki(value), value).toBe(supported);
    }
  });

  it('leaves a string that names no instant to the format checks', () => {
    expect(isSupportedInstant('not a time')).toBe(true);
    expect(isSupportedInstant('2026-02-30T09:00:00+02:00')).toBe(true);
  });
});
