import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilDate,
  daysInMonth,
  epochDay,
  formatIsoDay,
  HELSINKI,
  helsinkiDateTime,
  helsinkiDayAndMinute,
  helsinkiOffsetAt,
  helsinkiToUtc,
  isoWeekday,
  parseIsoDay,
  parseLocalTime,
  yearOfEpochDay,
} from './time.js';

const DAY = 86_400_000;

describe('epoch days', () => {
  it('round-trips every day from 1900 to 2201 and agrees with Date.UTC', () => {
    for (let d = epochDay(1900, 1, 1); d <= epochDay(2201, 12, 31); d += 1) {
      const [y, m, day] = civilDate(d);
      expect(epochDay(y, m, day)).toBe(d);
      if (day === 1 || d % 97 === 0) {
        const date = new Date(d * DAY);
        expect([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]).toEqual([y, m, day]);
      }
    }
  });

  it('gives ISO weekdays, month lengths and ISO strings as the TSDoc examples say', () => {
    expect(epochDay(2026, 3, 10)).toBe(20522);
    expect(civilDate(20522)).toEqual([2026, 3, 10]);
    expect(yearOfEpochDay(20454)).toBe(2026);
    expect(isoWeekday(epochDay(2026, 3, 10))).toBe(2);
    expect(isoWeekday(epochDay(1969, 12, 31))).toBe(3);
    expect(isoWeekday(epochDay(1922, 1, 1))).toBe(7);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(parseIsoDay('2026-03-10')).toBe(20522);
    expect(formatIsoDay(20522)).toBe('2026-03-10');
    expect(parseLocalTime('09:30')).toBe(570);
  });
});

/** Helsinki wall clock of an instant, by Intl (independent of our code and of TZDate). */
function intlWallClock(ms: number): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: HELSINKI,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (t: string) => parts.find((p) => p.type === t)?.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

describe('Helsinki offsets', () => {
  it('matches TZDate and Intl for random instants in 1922–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1922, 0, 1) / 60_000, max: Date.UTC(2200, 11, 31) / 60_000 }), (min) => {
        const ms = min * 60_000;
        expect(helsinkiOffsetAt(ms)).toBe(-new TZDate(ms, HELSINKI).getTimezoneOffset());
        expect(helsinkiDateTime(ms).slice(0, 16)).toBe(intlWallClock(ms));
      }),
      { numRuns: 5000 },
    );
  });

  it('matches TZDate minute by minute around every transition of 1996–2040', () => {
    for (let year = 1996; year <= 2040; year++) {
      for (const month of [3, 10]) {
        const last = epochDay(year, month, daysInMonth(year, month));
        const sunday = last - (isoWeekday(last) % 7);
        for (let ms = sunday * DAY - 2 * 3_600_000; ms <= sunday * DAY + 4 * 3_600_000; ms += 15 * 60_000) {
          expect(helsinkiOffsetAt(ms)).toBe(-new TZDate(ms, HELSINKI).getTimezoneOffset());
        }
      }
    }
  });

  it('reads wall-clock times as TZDate does, including the spring gap and the autumn repeat', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: epochDay(1922, 1, 1), max: epochDay(2200, 12, 31) }),
        fc.integer({ min: 0, max: 1439 }),
        (day, minute) => {
          const [y, m, d] = civilDate(day);
          const expected = new TZDate(y, m - 1, d, Math.floor(minute / 60), minute % 60, HELSINKI).getTime();
          expect(helsinkiToUtc(day, minute)).toBe(expected);
        },
      ),
      { numRuns: 5000 },
    );
    for (let year = 2020; year <= 2035; year++) {
      for (const month of [3, 10]) {
        const last = epochDay(year, month, daysInMonth(year, month));
        const sunday = last - (isoWeekday(last) % 7);
        for (let minute = 0; minute < 1440; minute += 10) {
          const expected = new TZDate(
            year,
            month - 1,
            civilDate(sunday)[2],
            Math.floor(minute / 60),
            minute % 60,
            HELSINKI,
          );
          expect(helsinkiToUtc(sunday, minute)).toBe(expected.getTime());
        }
      }
    }
  });

  it('writes 09:00 as +02:00 in winter and +03:00 in summer on both sides of each transition, 2026–2030', () => {
    for (let year = 2026; year <= 2030; year++) {
      for (const [month, before, after] of [
        [3, '+02:00', '+03:00'],
        [10, '+03:00', '+02:00'],
      ] as const) {
        const last = epochDay(year, month, daysInMonth(year, month));
        const sunday = last - (isoWeekday(last) % 7);
        const friday = helsinkiDateTime(helsinkiToUtc(sunday - 2, 9 * 60));
        const monday = helsinkiDateTime(helsinkiToUtc(sunday + 1, 9 * 60));
        expect(friday).toBe(`${formatIsoDay(sunday - 2)}T09:00:00${before}`);
        expect(monday).toBe(`${formatIsoDay(sunday + 1)}T09:00:00${after}`);
      }
    }
  });

  it('keeps the examples of the TSDoc true', () => {
    expect(helsinkiOffsetAt(Date.UTC(2026, 6, 1))).toBe(180);
    expect(new Date(helsinkiToUtc(epochDay(2026, 3, 10), 9 * 60)).toISOString()).toBe('2026-03-10T07:00:00.000Z');
    expect(helsinkiDateTime(Date.UTC(2026, 6, 1, 6))).toBe('2026-07-01T09:00:00+03:00');
    expect(helsinkiDayAndMinute(Date.UTC(2026, 11, 31, 22, 30))).toEqual([epochDay(2027, 1, 1), 30]);
    expect(epochDay(2027, 1, 1)).toBe(20819);
  });

  it('uses the history before 1996: summer time ended in September in 1985 and did not exist in 1975', () => {
    expect(helsinkiDateTime(helsinkiToUtc(epochDay(1985, 10, 1), 9 * 60))).toBe('1985-10-01T09:00:00+02:00');
    expect(helsinkiDateTime(helsinkiToUtc(epochDay(1975, 7, 1), 9 * 60))).toBe('1975-07-01T09:00:00+02:00');
  });
});
