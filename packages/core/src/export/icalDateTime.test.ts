import { describe, expect, it } from 'vitest';
import { icalDateTime, icalUtcDateTime } from './icalDateTime.js';

describe('icalDateTime', () => {
  it('writes Helsinki wall-clock time in winter and in summer', () => {
    expect(icalDateTime(Date.UTC(2026, 2, 10, 7))).toEqual({ utc: false, value: '20260310T090000' });
    expect(icalDateTime(Date.UTC(2026, 5, 1, 6, 30, 15))).toEqual({ utc: false, value: '20260601T093015' });
  });

  it('falls back to UTC in the repeated hour of the October change, both times round', () => {
    // 03:30 happens at 00:30Z (EEST) and again at 01:30Z (EET) on 25 October 2026.
    expect(icalDateTime(Date.UTC(2026, 9, 25, 0, 30))).toEqual({ utc: true, value: '20261025T003000Z' });
    expect(icalDateTime(Date.UTC(2026, 9, 25, 1, 30))).toEqual({ utc: true, value: '20261025T013000Z' });
    expect(icalDateTime(Date.UTC(2026, 9, 25, 2, 0))).toEqual({ utc: false, value: '20261025T040000' });
    expect(icalDateTime(Date.UTC(2026, 9, 24, 23, 59))).toEqual({ utc: false, value: '20261025T025900' });
  });

  it('falls back to UTC before 1997, which the VTIMEZONE does not describe', () => {
    expect(icalDateTime(Date.UTC(1990, 5, 1, 6))).toEqual({ utc: true, value: '19900601T060000Z' });
    expect(icalDateTime(Date.UTC(1996, 11, 31, 21, 59))).toEqual({ utc: true, value: '19961231T215900Z' });
    expect(icalDateTime(Date.UTC(1996, 11, 31, 22, 0))).toEqual({ utc: false, value: '19970101T000000' });
  });
});

describe('icalUtcDateTime', () => {
  it('writes the UTC stamp', () => {
    expect(icalUtcDateTime(Date.UTC(2026, 2, 10, 7))).toBe('20260310T070000Z');
    expect(icalUtcDateTime(Date.UTC(2026, 2, 10, 7, 8, 9, 999))).toBe('20260310T070809Z');
  });
});
