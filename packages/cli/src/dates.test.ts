import { describe, expect, it } from 'vitest';
import { checkSchedulePeriod, dateOption, periodEnd } from './dates.js';
import { UsageError } from './errors.js';
import { messages } from './messages.js';

describe('dateOption', () => {
  it('defaults to the Helsinki date, not the machine’s (the example)', () => {
    // 22:30 UTC on 9 March is 00:30 on 10 March in Helsinki, and still 9 March in New York (TZ of the tests).
    expect(dateOption(undefined, '--from', new Date('2026-03-09T22:30:00Z'), messages.en, 'ics')).toBe('2026-03-10');
  });

  it('accepts a real day and rejects a day that does not exist or another format', () => {
    const now = new Date('2026-01-01T12:00:00Z');
    expect(dateOption('2028-02-29', '--from', now, messages.en, 'ics')).toBe('2028-02-29');
    for (const value of ['2026-02-29', '2026-13-01', '1.3.2026', '2026-3-1']) {
      expect(() => dateOption(value, '--to', now, messages.en, 'ics')).toThrow(UsageError);
    }
    expect(() => dateOption('2026-02-30', '--to', now, messages.fi, 'ics')).toThrow(/--to: .*”2026-02-30”/);
  });
});

describe('periodEnd', () => {
  it('ends a period of whole months the day before the same day (the examples)', () => {
    expect(periodEnd('2026-01-01', 12)).toBe('2026-12-31');
    expect(periodEnd('2026-03-15', 1)).toBe('2026-04-14');
    expect(periodEnd('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('crosses year ends and leap days', () => {
    expect(periodEnd('2026-11-10', 3)).toBe('2027-02-09');
    expect(periodEnd('2028-01-30', 1)).toBe('2028-02-29');
    expect(periodEnd('2028-02-29', 12)).toBe('2029-02-28');
  });
});

describe('checkSchedulePeriod', () => {
  it('rejects an end before the start (the example) and years a schedule cannot cover', () => {
    expect(() => checkSchedulePeriod('2026-12-31', '2026-01-01', messages.en, 'ics')).toThrow(
      '--to (2026-01-01) cannot be before --from (2026-12-31).',
    );
    expect(() => checkSchedulePeriod('1900-01-01', '1900-12-31', messages.en, 'ics')).toThrow(/--from/);
    expect(() => checkSchedulePeriod('2026-01-01', '2026-01-01', messages.en, 'ics')).not.toThrow();
  });
});
