import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { groupEntriesByDay } from '../calendar/groupEntriesByDay.js';
import { weekDays } from '../calendar/weekDays.js';
import { entriesToEvents } from '../export/entriesToEvents.js';
import { eventJsonLd } from '../export/eventJsonLd.js';
import { toICalendar } from '../export/toICalendar.js';
import { formatDate } from '../i18n/formatDate.js';
import { formatTime } from '../i18n/formatTime.js';
import { expandCadence } from '../schedule/expandCadence.js';
import { runs } from '../test/runs.js';
import { dataIssues } from '../validation/dataIssues.js';
import { helsinkiDateTimeParts } from './helsinkiDateTimeParts.js';
import { Instant } from './instant.js';
import { toEpochMs } from './isoFormat.js';

const two = (n: number) => String(n).padStart(2, '0');

/** Any date-time string of the `ZonedDateTime` shape, years 0000–9999, most near the supported years' edges. */
const dateTime = fc
  .record({
    year: fc.oneof(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1915, max: 1925 }),
      fc.integer({ min: 2195, max: 2205 }),
    ),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    offset: fc.oneof(
      fc.constant('Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 18 }), fc.integer({ min: 0, max: 59 }))
        .map(([sign, h, m]) => `${sign}${two(h)}:${two(m)}`),
    ),
  })
  .map(
    (t) =>
      `${String(t.year).padStart(4, '0')}-${two(t.month)}-${two(t.day)}T${two(t.hour)}:${two(t.minute)}:${two(t.second)}${t.offset}`,
  );

describe('Instant', () => {
  it('accepts a real date-time and rejects one that Date.parse would roll over', () => {
    expect(z.safeParse(Instant, '2026-03-10T09:00:00+02:00').success).toBe(true);
    expect(z.safeParse(Instant, '2026-03-10T07:00:00Z').success).toBe(true);
    expect(z.safeParse(Instant, '2026-02-30T09:00:00+02:00').success).toBe(false);
    expect(z.safeParse(Instant, '2026-03-10T09:00:00+25:00').success).toBe(false);
  });

  it('rejects an instant whose Helsinki date is outside 1922–2200 as year-outside-range, naming the range', () => {
    for (const value of [
      '9999-12-31T23:00:00Z',
      '2200-12-31T22:00:00Z',
      '1921-12-31T21:59:59Z',
      '0001-01-01T00:00:00Z',
    ]) {
      const result = z.safeParse(Instant, value);
      expect(result.success, value).toBe(false);
      expect(dataIssues(result.error!, value), value).toEqual([
        { path: '', keys: [], code: 'year-outside-range', expected: '1922–2200', received: value },
      ]);
    }
    expect(z.safeParse(Instant, '2200-12-31T23:59:59+02:00').success).toBe(true);
    expect(z.safeParse(Instant, '1922-01-01T00:00:00+02:00').success).toBe(true);
  });

  it('every instant it accepts can be formatted, scheduled around and exported in Helsinki time', () => {
    fc.assert(
      fc.property(dateTime, (value) => {
        if (!z.safeParse(Instant, value).success) return;
        const parts = helsinkiDateTimeParts(value);
        const year = Number(parts.date.slice(0, 4));
        expect(year).toBeGreaterThanOrEqual(1922);
        expect(year).toBeLessThanOrEqual(2200);
        for (const locale of ['fi', 'sv', 'en'] as const) {
          expect(formatDate(parts.date, locale)).not.toBe('');
          expect(formatTime(parts.time, locale)).not.toBe('');
        }
        // The month of its day scheduled, and its week as the calendar shows it.
        const month = parts.date.slice(0, 8);
        expandCadence({ kind: 'monthly', mode: 'remote' }, { from: `${month}01`, to: parts.date });
        const days = weekDays(parts.date).map((d) => d.date);
        // An entry of one minute that starts or ends at the instant, whichever stays in the years.
        const ms = toEpochMs(value)!;
        const next = utc(ms + 60_000);
        const [start, end] = z.safeParse(Instant, next).success ? [value, next] : [utc(ms - 60_000), value];
        const entry = { id: 'hetki', title: { fi: 'Hetki' }, start, end };
        expect(Object.values(groupEntriesByDay([entry], days)).flat().length).toBeGreaterThan(0);
        const events = entriesToEvents([entry]);
        expect(eventJsonLd(events[0]!).startDate).toMatch(/^(?:19|2[0-2])\d\d-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
        expect(toICalendar(events, { name: 'Testi' })).toContain('BEGIN:VEVENT');
      }),
      { numRuns: runs(150) },
    );
  });
});

/** An instant written in UTC to the second. */
function utc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
