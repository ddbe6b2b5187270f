import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS } from '../schedule/trusted/finnishHolidays.js';
import { SCHEDULE_YEARS } from '../schedule/period.js';
import { isSupportedYear, SUPPORTED_YEARS, SUPPORTED_YEARS_RULE, SUPPORTED_YEARS_TEXT } from './supportedYears.js';

describe('isSupportedYear', () => {
  it('takes the whole years 1922–2200 and nothing else', () => {
    expect([1922, 2026, 2200].map(isSupportedYear)).toEqual([true, true, true]);
    expect([1921, 2201, 10000, 0, -1, 2026.5, Number.NaN].map(isSupportedYear)).toEqual(Array(7).fill(false));
  });

  it('are the schedule’s years and lie within the holiday rules', () => {
    expect(SCHEDULE_YEARS).toBe(SUPPORTED_YEARS);
    expect(HOLIDAY_YEARS.from).toBeLessThanOrEqual(SUPPORTED_YEARS.from);
    expect(HOLIDAY_YEARS.to).toBeGreaterThanOrEqual(SUPPORTED_YEARS.to);
  });

  it('names the range in the issue it gives', () => {
    expect(SUPPORTED_YEARS_TEXT).toBe('1922–2200');
    expect(SUPPORTED_YEARS_RULE.params).toEqual({ rule: 'year-outside-range', expected: '1922–2200' });
  });
});
