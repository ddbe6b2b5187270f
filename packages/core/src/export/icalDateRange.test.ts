import { describe, expect, it } from 'vitest';
import { icalDateRange } from './icalDateRange.js';

describe('icalDateRange', () => {
  it('keeps the TSDoc example true: summer start, winter end, the end day exclusive', () => {
    expect(icalDateRange({ start: '2027-09-01T00:00:00+03:00', end: '2027-12-01T00:00:00+02:00' })).toEqual({
      start: '20270901',
      end: '20271201',
    });
  });

  it('takes the Helsinki day, not the UTC day, of instants written in UTC', () => {
    // Midnight in Helsinki is 21:00 or 22:00 UTC the day before.
    expect(icalDateRange({ start: '2027-08-31T21:00:00Z', end: '2027-09-01T21:00:00Z' })).toEqual({
      start: '20270901',
      end: '20270902',
    });
    expect(icalDateRange({ start: '2027-02-28T22:00:00Z', end: '2027-03-31T21:00:00Z' })).toEqual({
      start: '20270301',
      end: '20270401',
    });
  });

  it('covers the day of an end that is not midnight, and a year boundary', () => {
    expect(icalDateRange({ start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00' })).toEqual({
      start: '20260310',
      end: '20260311',
    });
    expect(icalDateRange({ start: '2026-12-31T00:00:00+02:00', end: '2027-01-01T00:00:00+02:00' })).toEqual({
      start: '20261231',
      end: '20270101',
    });
  });
});
