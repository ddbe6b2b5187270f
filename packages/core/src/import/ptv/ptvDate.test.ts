import { describe, expect, it } from 'vitest';
import { isoDayOfWeek } from './isoDayOfWeek.js';
import { isoDateRange, MAX_EXCEPTION_DAYS, ptvIsoDate } from './ptvDate.js';

describe('ptvIsoDate', () => {
  it('holds for the documented examples', () => {
    expect(ptvIsoDate('2026-06-18T21:00:00.000Z')).toBe('2026-06-19');
    expect(ptvIsoDate('2026-06-19T00:00:00')).toBe('2026-06-19');
    expect(ptvIsoDate('2026-02-30')).toBeUndefined();
  });

  it('converts instants to the Helsinki date in winter and summer time', () => {
    expect(ptvIsoDate('2026-12-30T22:00:00Z')).toBe('2026-12-31'); // +02:00
    expect(ptvIsoDate('2026-12-30T21:59:59Z')).toBe('2026-12-30');
    expect(ptvIsoDate('2026-07-05T21:00:00Z')).toBe('2026-07-06'); // +03:00
    expect(ptvIsoDate('2026-07-06T00:00:00+03:00')).toBe('2026-07-06');
  });

  it('reads a date-time without an offset as Helsinki wall-clock time', () => {
    expect(ptvIsoDate('2026-12-24T23:30:00')).toBe('2026-12-24');
    expect(ptvIsoDate('2026-12-24')).toBe('2026-12-24');
  });

  it('rejects malformed values', () => {
    for (const bad of ['', '24.12.2026', '2026-13-01', '2026-12-24T25:00:00Z', 'tomorrow']) {
      expect(ptvIsoDate(bad), bad).toBeUndefined();
    }
  });
});

describe('isoDateRange', () => {
  it('holds for the documented example, across the new year', () => {
    expect(isoDateRange('2026-12-30', '2027-01-01')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
  });

  it('covers a leap day and refuses spans over a year', () => {
    expect(isoDateRange('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(isoDateRange('2028-01-01', '2028-12-31')).toHaveLength(MAX_EXCEPTION_DAYS);
    expect(isoDateRange('2026-01-01', '2027-01-02')).toBeUndefined();
  });
});

describe('isoDayOfWeek', () => {
  it('holds for the documented example and does not depend on the machine zone', () => {
    expect(isoDayOfWeek('2026-06-19')).toBe(5);
    expect(isoDayOfWeek('2026-12-31')).toBe(4);
    expect(isoDayOfWeek('2026-03-29')).toBe(7);
  });
});
