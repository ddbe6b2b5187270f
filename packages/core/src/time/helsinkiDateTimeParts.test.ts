import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intlWallClock } from '../test/intlHelsinki.js';
import { runs } from '../test/runs.js';
import { helsinkiDateTimeParts } from './helsinkiDateTimeParts.js';
import { TimeInputError } from './timeInputError.js';

/** Helsinki date and `HH:mm` of an instant, by Intl. */
function intlParts(ms: number): { date: string; time: string } {
  const wallClock = intlWallClock(ms);
  return { date: wallClock.slice(0, 10), time: wallClock.slice(11, 16) };
}

describe('helsinkiDateTimeParts', () => {
  it('matches the examples of the TSDoc', () => {
    expect(helsinkiDateTimeParts('2026-07-01T06:00:00Z')).toEqual({
      date: '2026-07-01',
      time: '09:00',
      offset: '+03:00',
    });
    expect(helsinkiDateTimeParts(new Date('2026-03-09T22:30:00Z'))).toEqual({
      date: '2026-03-10',
      time: '00:30',
      offset: '+02:00',
    });
  });

  it('reads a date-time written with any offset as the same instant', () => {
    const helsinki = helsinkiDateTimeParts('2026-03-10T09:00:00+02:00');
    expect(helsinki).toEqual({ date: '2026-03-10', time: '09:00', offset: '+02:00' });
    expect(helsinkiDateTimeParts('2026-03-10T02:00:00-05:00')).toEqual(helsinki);
    expect(helsinkiDateTimeParts('2026-03-10T07:00:00Z')).toEqual(helsinki);
    expect(helsinkiDateTimeParts(new Date(Date.UTC(2026, 2, 10, 7)))).toEqual(helsinki);
  });

  it('follows the summer-time changes at 01:00 UTC on the last Sundays of March and October', () => {
    // 29 March 2026: the clock jumps from 03:00 to 04:00.
    expect(helsinkiDateTimeParts('2026-03-29T00:59:00Z')).toMatchObject({ time: '02:59', offset: '+02:00' });
    expect(helsinkiDateTimeParts('2026-03-29T01:00:00Z')).toMatchObject({ time: '04:00', offset: '+03:00' });
    // 25 October 2026: 03:00–03:59 happens twice, first in summer time.
    expect(helsinkiDateTimeParts('2026-10-25T00:30:00Z')).toMatchObject({ time: '03:30', offset: '+03:00' });
    expect(helsinkiDateTimeParts('2026-10-25T01:30:00Z')).toMatchObject({ time: '03:30', offset: '+02:00' });
  });

  it('drops the seconds rather than rounding them', () => {
    expect(helsinkiDateTimeParts('2026-03-10T07:59:59Z').time).toBe('09:59');
  });

  it('agrees with Intl on the date and time for any instant in 1922–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1922, 0, 1) / 1000, max: Date.UTC(2200, 11, 31) / 1000 }), (s) => {
        const { date, time, offset } = helsinkiDateTimeParts(new Date(s * 1000));
        expect({ date, time }).toEqual(intlParts(s * 1000));
        expect(['+02:00', '+03:00']).toContain(offset);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('cuts the local mean time of Helsinki before May 1921 to whole minutes', () => {
    expect(helsinkiDateTimeParts('1920-06-01T10:00:00Z')).toEqual({
      date: '1920-06-01',
      time: '11:39',
      offset: '+01:39',
    });
  });

  it('throws a coded TimeInputError naming the instant for values that are not instants', () => {
    expect(() => helsinkiDateTimeParts('2026-02-30T09:00:00+02:00')).toThrow(/^instant: /);
    expect(() => helsinkiDateTimeParts('2026-03-10 09:00')).toThrow(
      expect.objectContaining({ name: 'TimeInputError', input: 'instant', code: 'invalid-date-time' }),
    );
    expect(() => helsinkiDateTimeParts('2026-03-10T09:00:00+25:00')).toThrow(TimeInputError);
    expect(() => helsinkiDateTimeParts(new Date('nonsense'))).toThrow(/^instant: /);
    expect(() => helsinkiDateTimeParts(Date.UTC(2026, 2, 10) as never)).toThrow(
      expect.objectContaining({ code: 'invalid-type' }),
    );
  });

  it('refuses an instant whose Helsinki date has more than four year digits', () => {
    expect(helsinkiDateTimeParts('9999-12-31T21:59:59Z').date).toBe('9999-12-31');
    expect(() => helsinkiDateTimeParts('9999-12-31T22:00:00Z')).toThrow(
      expect.objectContaining({ code: 'instant-outside-years' }),
    );
    expect(() => helsinkiDateTimeParts('9999-12-31T22:00:00Z')).toThrow(
      /^instant: Expected an instant whose Helsinki date is in the years 0000–9999/,
    );
  });
});
