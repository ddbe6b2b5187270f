import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intlWallClock } from '../test/intlHelsinki.js';
import { runs } from '../test/runs.js';
import { civilDate, daysInMonth, epochDay, isoWeekday } from './calendarDay.js';
import {
  HELSINKI,
  helsinkiDateTime,
  helsinkiDayAndMinute,
  helsinkiIsoDate,
  helsinkiOffsetAt,
  helsinkiToUtc,
  helsinkiWallClock,
} from './helsinki.js';
import { formatIsoDay, parseIsoDay, parseLocalTime } from './isoFormat.js';

const DAY = 86_400_000;

/** The instant of a Helsinki wall-clock date and `HH:mm`, written with its offset, as search writes openings. */
const zoned = (date: string, time: string) => helsinkiDateTime(helsinkiToUtc(parseIsoDay(date), parseLocalTime(time)));

describe('Helsinki offsets', () => {
  it('matches TZDate and Intl for random instants in 1922–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1922, 0, 1) / 1000, max: Date.UTC(2200, 11, 31) / 1000 }), (s) => {
        const ms = s * 1000;
        expect(helsinkiOffsetAt(ms)).toBe(-new TZDate(ms, HELSINKI).getTimezoneOffset());
        expect(helsinkiDateTime(ms).slice(0, 19)).toBe(intlWallClock(ms));
      }),
      { numRuns: runs(5000) },
    );
  });

  it('matches TZDate minute by minute around every transition of 1996–2040', () => {
    const wrong: string[] = [];
    for (let year = 1996; year <= 2040; year++) {
      for (const month of [3, 10]) {
        const last = epochDay(year, month, daysInMonth(year, month));
        const sunday = last - (isoWeekday(last) % 7);
        for (let ms = sunday * DAY - 2 * 3_600_000; ms <= sunday * DAY + 4 * 3_600_000; ms += 15 * 60_000) {
          const expected = -new TZDate(ms, HELSINKI).getTimezoneOffset();
          if (helsinkiOffsetAt(ms) !== expected) wrong.push(`${new Date(ms).toISOString()}: ${expected}`);
        }
      }
    }
    // One assertion over the sweep: an expect per minute would cost more than the sweep itself.
    expect(wrong).toEqual([]);
  });

  it('starts the fast rule exactly at 1996-01-01T00:00Z, agreeing with TZDate on both sides', () => {
    const start = Date.UTC(1996, 0, 1);
    for (const ms of [start - 60_000, start, start + 60_000]) {
      expect(helsinkiOffsetAt(ms)).toBe(-new TZDate(ms, HELSINKI).getTimezoneOffset());
    }
  });

  it('reads wall-clock times as TZDate does, including the spring gap and the autumn repeat', () => {
    // Random days: Intl is the oracle here. TZDate builds a wall-clock time with the machine's zone
    // (America/New_York in these tests) and misreads the hours around a change on a day when that
    // zone changes too — the last Sunday of October 1996–2006 — so it would make this property flaky.
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: epochDay(1922, 1, 1), max: epochDay(2200, 12, 31) }),
        fc.integer({ min: 0, max: 1439 }),
        (day, minute) => {
          const [y, m, d] = civilDate(day);
          const wall = `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00`;
          const ms = helsinkiToUtc(day, minute);
          if (intlWallClock(ms) === wall) return;
          // Only a wall-clock time that does not exist (the spring gap) may read back differently:
          // then it is taken one hour later, and no instant of that day shows it.
          expect(intlWallClock(ms)).toBe(wall.replace(/T(\d\d)/, (_, h) => `T${pad(Number(h) + 1)}`));
          const showing: number[] = [];
          for (let t = ms - 3 * 3_600_000; t <= ms + 3 * 3_600_000; t += 60_000) {
            if (intlWallClock(t) === wall) showing.push(t);
          }
          expect(showing).toEqual([]);
        },
      ),
      { numRuns: runs(5000) },
    );
    // The very day that misled TZDate: 02:00 on 25 October 1998 is still summer time (+03:00).
    expect(helsinkiToUtc(epochDay(1998, 10, 25), 120)).toBe(Date.UTC(1998, 9, 24, 23));
    // A time in the spring gap reads back one hour later (03:30 on 29 March 2026 → 04:30 summer time).
    expect(intlWallClock(helsinkiToUtc(epochDay(2026, 3, 29), 210))).toBe('2026-03-29T04:30:00');
    const differing: string[] = [];
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
          if (helsinkiToUtc(sunday, minute) !== expected.getTime())
            differing.push(`${formatIsoDay(sunday)} +${minute} min`);
        }
      }
    }
    expect(differing).toEqual([]);
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

  it('writes Helsinki dates and times with +02:00 in winter and +03:00 in summer', () => {
    expect(zoned('2026-03-10', '09:00')).toBe('2026-03-10T09:00:00+02:00');
    expect(zoned('2026-03-28', '23:59')).toBe('2026-03-28T23:59:00+02:00');
    expect(zoned('2026-03-29', '09:00')).toBe('2026-03-29T09:00:00+03:00');
    expect(zoned('2026-10-24', '09:00')).toBe('2026-10-24T09:00:00+03:00');
    expect(zoned('2026-10-25', '09:00')).toBe('2026-10-25T09:00:00+02:00');
  });

  it('moves a time skipped by the spring change forward an hour', () => {
    expect(zoned('2026-03-29', '03:30')).toBe('2026-03-29T04:30:00+03:00');
  });

  it('keeps the examples of the TSDoc true', () => {
    expect(helsinkiOffsetAt(Date.UTC(2026, 6, 1))).toBe(180);
    expect(new Date(helsinkiToUtc(epochDay(2026, 3, 10), 9 * 60)).toISOString()).toBe('2026-03-10T07:00:00.000Z');
    expect(helsinkiDateTime(Date.UTC(2026, 6, 1, 6))).toBe('2026-07-01T09:00:00+03:00');
    expect(helsinkiDayAndMinute(Date.UTC(2026, 11, 31, 22, 30))).toEqual([epochDay(2027, 1, 1), 30]);
    expect(epochDay(2027, 1, 1)).toBe(20819);
    expect(helsinkiIsoDate(Date.UTC(2026, 2, 9, 22, 30))).toBe('2026-03-10');
    expect(helsinkiWallClock(Date.UTC(2026, 5, 1, 6)).hour).toBe(9);
  });

  it('reads the history before 1996 from Intl by the same rule: skipped times later, repeated times the later one', () => {
    // Helsinki mean time, +01:39:49, until 1 May 1921: kept to the second, cut to 99 minutes as an offset.
    expect(helsinkiToUtc(epochDay(1900, 1, 1), 0)).toBe(Date.UTC(1899, 11, 31, 22, 20, 11));
    expect(helsinkiToUtc(epochDay(1900, 1, 1), 0)).toBe(new TZDate(1900, 0, 1, 0, 0, HELSINKI).getTime());
    expect(helsinkiOffsetAt(Date.UTC(1910, 0, 1))).toBe(99);
    expect(helsinkiOffsetAt(Date.UTC(1910, 0, 1))).toBe(
      -new TZDate(Date.UTC(1910, 0, 1), HELSINKI).getTimezoneOffset(),
    );
    // 00:00–00:20 of 1 May 1921 never happened; 00:10 is read in mean time and lands 20 min 11 s later.
    expect(helsinkiDateTime(helsinkiToUtc(epochDay(1921, 5, 1), 10))).toBe('1921-05-01T00:30:11+02:00');
    expect(zoned('1942-07-01', '09:00')).toBe('1942-07-01T09:00:00+03:00');
    // 02:00–02:59 on 27 September 1981 came twice: the later, winter-time one.
    expect(new Date(helsinkiToUtc(epochDay(1981, 9, 27), 150)).toISOString()).toBe('1981-09-27T00:30:00.000Z');
    // 03:00–03:59 on 27 March 1983 never happened: read as winter time, an hour later on the clock.
    expect(zoned('1983-03-27', '03:30')).toBe('1983-03-27T04:30:00+03:00');
  });

  it('uses the history before 1996: summer time ended in September in 1985 and did not exist in 1975', () => {
    expect(helsinkiDateTime(helsinkiToUtc(epochDay(1985, 10, 1), 9 * 60))).toBe('1985-10-01T09:00:00+02:00');
    expect(helsinkiDateTime(helsinkiToUtc(epochDay(1975, 7, 1), 9 * 60))).toBe('1975-07-01T09:00:00+02:00');
  });
});

describe('Helsinki wall clock and date', () => {
  it('writes seconds and the offset of the instant', () => {
    expect(helsinkiDateTime(Date.UTC(2026, 2, 10, 7))).toBe('2026-03-10T09:00:00+02:00');
    expect(helsinkiDateTime(Date.UTC(2026, 5, 1, 6))).toBe('2026-06-01T09:00:00+03:00');
    expect(helsinkiDateTime(Date.UTC(2026, 5, 1, 6, 30, 15, 999))).toBe('2026-06-01T09:30:15+03:00');
  });

  it('gives the same fields as TZDate, to the second, 1922–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1922, 0, 1), max: Date.UTC(2200, 11, 31) }), (ms) => {
        const d = new TZDate(ms, HELSINKI);
        expect(helsinkiWallClock(ms)).toEqual({
          year: d.getFullYear(),
          month: d.getMonth() + 1,
          day: d.getDate(),
          hour: d.getHours(),
          minute: d.getMinutes(),
          second: d.getSeconds(),
          offset: -d.getTimezoneOffset(),
        });
        expect(helsinkiIsoDate(ms)).toBe(intlWallClock(ms).slice(0, 10));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('turns the Helsinki date at local midnight, in winter and in summer', () => {
    expect(helsinkiIsoDate(Date.UTC(2026, 2, 9, 21, 59, 59))).toBe('2026-03-09');
    expect(helsinkiIsoDate(Date.UTC(2026, 2, 9, 22))).toBe('2026-03-10');
    expect(helsinkiIsoDate(Date.UTC(2026, 6, 14, 20, 59, 59))).toBe('2026-07-14');
    expect(helsinkiIsoDate(Date.UTC(2026, 6, 14, 21))).toBe('2026-07-15');
  });
});
