import { describe, expect, it } from 'vitest';
import { helsinkiToday } from './helsinkiToday.js';
import { TimeInputError } from './timeInputError.js';

describe('helsinkiToday', () => {
  it('turns to the next day at 22:00 UTC in winter (midnight at +02:00)', () => {
    expect(helsinkiToday(new Date('2026-03-09T21:59:59Z'))).toBe('2026-03-09');
    expect(helsinkiToday(new Date('2026-03-09T22:00:00Z'))).toBe('2026-03-10');
    expect(helsinkiToday(new Date('2026-03-09T22:30:00Z'))).toBe('2026-03-10');
  });

  it('turns to the next day at 21:00 UTC in summer (midnight at +03:00)', () => {
    expect(helsinkiToday(new Date('2026-07-14T20:59:59Z'))).toBe('2026-07-14');
    expect(helsinkiToday(new Date('2026-07-14T21:00:00Z'))).toBe('2026-07-15');
  });

  it('is already the new year in Helsinki just before midnight UTC on New Year’s Eve', () => {
    expect(helsinkiToday(new Date('2026-12-31T23:59:00Z'))).toBe('2027-01-01');
    expect(helsinkiToday(new Date('2026-12-31T00:00:00Z'))).toBe('2026-12-31');
  });

  it('keeps the Helsinki date at midnight UTC, whatever the machine zone', () => {
    // Tests run with TZ=America/New_York, where this instant is still 9 March.
    expect(helsinkiToday(new Date('2026-03-10T00:00:00Z'))).toBe('2026-03-10');
  });

  it('defaults to the current time', () => {
    expect(helsinkiToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('throws a coded TimeInputError naming `now` for an invalid date or a value that is not a Date', () => {
    expect(() => helsinkiToday(new Date('nonsense'))).toThrow(TimeInputError);
    expect(() => helsinkiToday('2026-03-10' as never)).toThrow(/^now: /);
    expect(() => helsinkiToday(Date.UTC(2026, 2, 10) as never)).toThrow(
      expect.objectContaining({ name: 'TimeInputError', input: 'now', code: 'invalid-type' }),
    );
  });
});
