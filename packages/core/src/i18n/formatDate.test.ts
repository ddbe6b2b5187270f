import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate.js';

describe('formatDate', () => {
  it('writes day and month without leading zeros in Finnish and Swedish, a month name in English (the example)', () => {
    expect(formatDate('2026-03-10', 'fi')).toBe('10.3.2026');
    expect(formatDate('2026-03-10', 'sv')).toBe('10.3.2026');
    expect(formatDate('2026-03-10', 'en')).toBe('10 Mar 2026');
  });

  it('reads the calendar day of a date-time as written', () => {
    expect(formatDate('2026-12-31T23:30:00+02:00', 'en')).toBe('31 Dec 2026');
  });
});
