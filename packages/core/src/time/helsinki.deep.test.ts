import { describe, expect, it } from 'vitest';
import { intlWallClock } from '../test/intlHelsinki.js';
import { daysInMonth, epochDay, isoWeekday, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './calendarDay.js';
import { helsinkiDateTime, helsinkiOffsetAt, helsinkiToUtc } from './helsinki.js';

// Exhaustive sweeps for `npm run test:deep` only (CI runs the sampled properties of helsinki.test.ts):
// every hour of 1996–2200 and every minute around each of its summer-time changes, against the
// platform's time-zone data through Intl.

/** The last Sunday of a month, as an epoch day. */
function lastSunday(year: number, month: number): number {
  const last = epochDay(year, month, daysInMonth(year, month));
  return last - (isoWeekday(last) % 7);
}

describe('Helsinki time, exhaustively (deep)', () => {
  it('writes every hour of 1996–2200 as Intl shows it', () => {
    const wrong: string[] = [];
    for (let ms = Date.UTC(1996, 0, 1); ms < Date.UTC(2201, 0, 1) && wrong.length < 20; ms += MS_PER_HOUR) {
      const ours = helsinkiDateTime(ms).slice(0, 19);
      const intl = intlWallClock(ms);
      if (ours !== intl) wrong.push(`${new Date(ms).toISOString()}: ${ours}, Intl ${intl}`);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with Intl minute by minute for three hours around every change of 1996–2200', () => {
    const wrong: string[] = [];
    for (let year = 1996; year <= 2200; year++) {
      for (const month of [3, 10]) {
        const change = lastSunday(year, month) * MS_PER_DAY + MS_PER_HOUR; // 01:00 UTC
        for (let ms = change - 90 * MS_PER_MINUTE; ms <= change + 90 * MS_PER_MINUTE; ms += MS_PER_MINUTE) {
          const intl = intlWallClock(ms);
          if (helsinkiDateTime(ms).slice(0, 19) !== intl) wrong.push(`${new Date(ms).toISOString()}: Intl ${intl}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads every wall-clock minute of every change day of 1996–2200 back to itself, or an hour later in the gap', () => {
    const wrong: string[] = [];
    const pad = (n: number) => String(n).padStart(2, '0');
    for (let year = 1996; year <= 2200; year++) {
      for (const month of [3, 10]) {
        const day = lastSunday(year, month);
        for (let minute = 0; minute < 1440; minute++) {
          const ms = helsinkiToUtc(day, minute);
          const shown = intlWallClock(ms).slice(11, 16);
          const asked = `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
          // 03:00–03:59 on the last Sunday of March does not exist: it reads as 04:00–04:59 summer time.
          const gap = month === 3 && minute >= 180 && minute < 240;
          const expected = gap ? `${pad(Math.floor(minute / 60) + 1)}:${pad(minute % 60)}` : asked;
          if (shown !== expected) wrong.push(`${year}-${month} ${asked}: shows ${shown}`);
          // The offset at that instant: summer time from 03:00 in March; in October until 03:00, since
          // a repeated 03:00–03:59 is read as the later, winter-time one.
          const summer = month === 3 ? minute >= 180 : minute < 180;
          const offset = summer ? 180 : 120;
          if (helsinkiOffsetAt(ms) !== offset) {
            wrong.push(`${year}-${month} ${asked}: offset ${helsinkiOffsetAt(ms)}`);
          }
        }
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
