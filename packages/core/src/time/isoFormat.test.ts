import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDay, MS_PER_DAY } from './calendarDay.js';
import {
  formatIsoDay,
  formatLocalDateTime,
  formatLocalTime,
  formatOffset,
  isIsoDate,
  parseIsoDay,
  parseLocalTime,
  toEpochMs,
} from './isoFormat.js';

/** `date` plus `days` calendar days, through epoch days. */
const addDays = (date: string, days: number) => formatIsoDay(parseIsoDay(date) + days);

describe('ISO dates and times', () => {
  it('keeps the examples of the TSDoc true', () => {
    expect(parseIsoDay('2026-03-10')).toBe(20522);
    expect(formatIsoDay(20522)).toBe('2026-03-10');
    expect(parseLocalTime('09:30')).toBe(570);
    expect(formatLocalTime(570)).toBe('09:30');
    expect(formatLocalDateTime(Date.UTC(2026, 2, 10, 9, 30, 15))).toBe('2026-03-10T09:30:15');
    expect(formatOffset(180)).toBe('+03:00');
  });

  it('agrees with the machine calendar, one day and the next', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 80_000 }), (day) => {
        const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
        expect(parseIsoDay(iso)).toBe(day);
        expect(formatIsoDay(day)).toBe(iso);
        expect(addDays(iso, 1)).toBe(new Date((day + 1) * MS_PER_DAY).toISOString().slice(0, 10));
      }),
    );
  });

  it('reads and writes every minute of the day', () => {
    for (let minute = 0; minute < 1440; minute++) {
      const time = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString().slice(11, 16);
      expect(formatLocalTime(minute)).toBe(time);
      expect(parseLocalTime(time)).toBe(minute);
    }
  });

  it('crosses month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('writes years before 1000 with four digits', () => {
    expect(formatIsoDay(epochDay(999, 12, 31))).toBe('0999-12-31');
    expect(formatIsoDay(epochDay(100, 1, 1))).toBe('0100-01-01');
    expect(parseIsoDay('0100-01-01')).toBe(epochDay(100, 1, 1));
  });

  it('writes the UTC fields of any instant as Date.toISOString does, to the second', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        expect(formatLocalDateTime(ms)).toBe(new Date(ms).toISOString().slice(0, 19));
      }),
    );
  });

  it('writes offsets east and west of UTC', () => {
    expect(formatOffset(120)).toBe('+02:00');
    expect(formatOffset(0)).toBe('+00:00');
    expect(formatOffset(-300)).toBe('-05:00');
    expect(formatOffset(345)).toBe('+05:45');
  });
});

describe('toEpochMs', () => {
  it('reads the instant whatever offset it is written with', () => {
    expect(toEpochMs('2026-03-10T09:00:00+02:00')).toBe(Date.UTC(2026, 2, 10, 7));
    expect(toEpochMs('2026-03-10T07:00:00Z')).toBe(Date.UTC(2026, 2, 10, 7));
    expect(toEpochMs('2026-03-10T02:00:00-05:00')).toBe(Date.UTC(2026, 2, 10, 7));
    expect(toEpochMs('2026-03-10T12:45:00+05:45')).toBe(Date.UTC(2026, 2, 10, 7));
  });

  it('rejects impossible dates, times and offsets that Date.parse would roll over', () => {
    expect(Date.parse('2026-02-30T09:00:00+02:00')).not.toBeNaN();
    expect(toEpochMs('2026-02-30T09:00:00+02:00')).toBeUndefined();
    expect(toEpochMs('2026-13-01T09:00:00+02:00')).toBeUndefined();
    expect(toEpochMs('2026-03-00T09:00:00+02:00')).toBeUndefined();
    expect(toEpochMs('2026-03-10T24:00:00+02:00')).toBeUndefined();
    expect(toEpochMs('2026-03-10T09:60:00+02:00')).toBeUndefined();
    expect(toEpochMs('2026-03-10T09:00:00+25:00')).toBeUndefined();
    expect(toEpochMs('2026-03-10 09:00')).toBeUndefined();
  });

  it('reads years 0000–0099 as written, not as 1900–1999', () => {
    const expected = new Date(0);
    expected.setUTCFullYear(50, 0, 1);
    expect(toEpochMs('0050-01-01T00:00:00Z')).toBe(expected.getTime());
  });

  it('agrees with Date.parse on every real date-time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offset) => {
          const ms = Math.floor(date.getTime() / 1000) * 1000;
          const shifted = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
          const abs = Math.abs(offset);
          const text = `${shifted}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(toEpochMs(text)).toBe(ms);
          expect(toEpochMs(text)).toBe(Date.parse(text));
        },
      ),
    );
  });
});

describe('isIsoDate', () => {
  it('accepts real days written YYYY-MM-DD and refuses impossible days and other shapes', () => {
    expect(['2026-03-10', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31'].map(isIsoDate)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '10.3.2026', '2026-3-10', 20522, null].map(
        isIsoDate,
      ),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });

  it('agrees with formatIsoDay: every written day is a real one', () => {
    fc.assert(fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (days) => isIsoDate(formatIsoDay(days))));
  });
});
