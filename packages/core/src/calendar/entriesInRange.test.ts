import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import type { CalendarEntry } from './calendarEntry.js';
import { entriesInRange } from './entriesInRange.js';

function entry(id: string, start: string, end: string, extra: Partial<CalendarEntry> = {}): CalendarEntry {
  return { id, title: { fi: id }, start, end, ...extra };
}

describe('entriesInRange', () => {
  it('keeps the TSDoc example true', () => {
    const entries = [
      entry('b', '2026-03-10T09:00:00+02:00', '2026-03-10T10:00:00+02:00'),
      entry('a', '2026-03-10T07:00:00Z', '2026-03-10T08:00:00Z'),
      entry('next', '2026-03-16T09:00:00+02:00', '2026-03-16T10:00:00+02:00'),
    ];
    expect(entriesInRange(entries, { from: '2026-03-09', to: '2026-03-15' }).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('keeps the entries that meet the days, sorted by start instant and then id', () => {
    const entries = [
      entry('b', '2026-03-10T09:00:00+02:00', '2026-03-10T10:00:00+02:00'),
      entry('later', '2026-03-11T08:00:00+02:00', '2026-03-11T09:00:00+02:00'),
      entry('a', '2026-03-10T07:00:00Z', '2026-03-10T08:00:00Z'),
      entry('next-week', '2026-03-16T09:00:00+02:00', '2026-03-16T10:00:00+02:00'),
      entry('before', '2026-03-08T09:00:00+02:00', '2026-03-08T10:00:00+02:00'),
    ];
    expect(entriesInRange(entries, { from: '2026-03-09', to: '2026-03-15' }).map((e) => e.id)).toEqual([
      'a',
      'b',
      'later',
    ]);
  });

  it('counts days in Helsinki time and treats the end as exclusive', () => {
    const entries = [
      // 23:30 on the 8th in Helsinki, though the 8th is over in UTC only after 22:00.
      entry('late-sunday', '2026-03-08T21:30:00Z', '2026-03-08T21:45:00Z'),
      entry('ends-at-midnight', '2026-03-08T20:00:00+02:00', '2026-03-09T00:00:00+02:00'),
      entry('past-midnight', '2026-03-08T23:00:00+02:00', '2026-03-09T01:00:00+02:00'),
      entry('all-autumn', '2025-09-01T00:00:00+03:00', '2026-12-01T00:00:00+02:00', { allDay: true }),
    ];
    expect(entriesInRange(entries, { from: '2026-03-09', to: '2026-03-09' }).map((e) => e.id)).toEqual([
      'all-autumn',
      'past-midnight',
    ]);
  });

  it('returns the entries that meet at least one day of the range, and only those', () => {
    // Starts 1–26 March 2026 and at most 72 hours long: all before summer time (29 March), all at +02:00.
    const day = fc.integer({ min: 0, max: 25 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.integer({ min: 1, max: 72 })), { maxLength: 15 }),
        day,
        day,
        (spans, a, b) => {
          const base = Date.UTC(2026, 2, 1, 0) - 2 * 3_600_000; // midnight 1 March 2026 in Helsinki (+02:00)
          const iso = (ms: number) => `${new Date(ms + 2 * 3_600_000).toISOString().slice(0, 19)}+02:00`;
          const entries = spans.map(([startDay, hours], i) =>
            entry(
              `e${i}`,
              iso(base + startDay * 86_400_000 + 9 * 3_600_000),
              iso(base + startDay * 86_400_000 + (9 + hours) * 3_600_000),
            ),
          );
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const date = (d: number) => new Date(Date.UTC(2026, 2, 1 + d)).toISOString().slice(0, 10);
          const inRange = entriesInRange(entries, { from: date(lo), to: date(hi) });
          const expected = spans.flatMap(([startDay, hours], i) => {
            const lastDay = startDay + Math.floor((9 + hours - 1 / 3600) / 24);
            return startDay <= hi && lastDay >= lo ? [`e${i}`] : [];
          });
          expect(inRange.map((e) => e.id).sort()).toEqual(expected.sort());
          for (let i = 1; i < inRange.length; i++) expect(inRange[i - 1]!.start <= inRange[i]!.start).toBe(true);
        },
      ),
    );
  });

  it('rejects a reversed range and invalid entries', () => {
    expect(() => entriesInRange([], { from: '2026-03-10', to: '2026-03-09' })).toThrow(/range.to: to is before from/);
    expect(() => entriesInRange([{ id: 'x' } as never], { from: '2026-03-09', to: '2026-03-10' })).toThrow(
      ValidationError,
    );
  });
});
