import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  helsinkiIsoDate,
  helsinkiIsoDateTime,
  helsinkiWallClock,
  icalDateTime,
  icalUtcDateTime,
  vtimezoneInstant,
  vtimezoneOffsetMinutes,
} from './helsinkiTime.js';

describe('vtimezoneOffsetMinutes', () => {
  it('switches at 01:00 UTC on the last Sunday of March and October', () => {
    expect(vtimezoneOffsetMinutes(Date.UTC(2026, 2, 29, 0, 59))).toBe(120);
    expect(vtimezoneOffsetMinutes(Date.UTC(2026, 2, 29, 1, 0))).toBe(180);
    expect(vtimezoneOffsetMinutes(Date.UTC(2026, 9, 25, 0, 59))).toBe(180);
    expect(vtimezoneOffsetMinutes(Date.UTC(2026, 9, 25, 1, 0))).toBe(120);
  });

  it('agrees with the time-zone database for every instant from 1997 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(vtimezoneOffsetMinutes(ms)).toBe(-new TZDate(ms, 'Europe/Helsinki').getTimezoneOffset());
      }),
      { numRuns: 2000 },
    );
  });
});

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
  });
});

describe('vtimezoneInstant', () => {
  it('reads Helsinki wall-clock time with the VTIMEZONE offsets', () => {
    expect(vtimezoneInstant(2026, 3, 10, 9, 0, 0)).toBe(Date.UTC(2026, 2, 10, 7));
    expect(vtimezoneInstant(2026, 6, 1, 9, 0, 0)).toBe(Date.UTC(2026, 5, 1, 6));
  });

  it('gives no instant in the skipped and the repeated hour', () => {
    expect(vtimezoneInstant(2026, 3, 29, 3, 30, 0)).toBeUndefined();
    expect(vtimezoneInstant(2026, 10, 25, 3, 30, 0)).toBeUndefined();
  });

  it('inverts icalDateTime wherever that writes wall-clock time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2100, 0, 1) }), (raw) => {
        const ms = Math.floor(raw / 1000) * 1000;
        const time = icalDateTime(ms);
        if (time.utc) return;
        const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(time.value)!.map(Number);
        expect(vtimezoneInstant(y!, mo!, d!, h!, mi!, s!)).toBe(ms);
      }),
    );
  });
});

describe('Helsinki formatting', () => {
  it('writes the UTC stamp, the Helsinki date and the offset date-time', () => {
    expect(icalUtcDateTime(Date.UTC(2026, 2, 10, 7))).toBe('20260310T070000Z');
    expect(helsinkiIsoDate(Date.UTC(2026, 2, 9, 22, 30))).toBe('2026-03-10');
    expect(helsinkiIsoDateTime(Date.UTC(2026, 2, 10, 7))).toBe('2026-03-10T09:00:00+02:00');
    expect(helsinkiIsoDateTime(Date.UTC(2026, 5, 1, 6))).toBe('2026-06-01T09:00:00+03:00');
    expect(helsinkiWallClock(Date.UTC(2026, 5, 1, 6)).hour).toBe(9);
  });
});
