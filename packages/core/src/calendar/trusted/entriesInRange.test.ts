import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/runs.js';
import type { CalendarEntry } from '../calendarEntry.js';
import { entriesInRange as checked } from '../entriesInRange.js';
import { entriesInRange } from './entriesInRange.js';

const MINUTE = 60_000;
const FROM = Date.UTC(2025, 11, 1);
const TO = Date.UTC(2027, 0, 31);

/** An instant as the model writes it: in UTC (`Z`) or with an offset of +02:00 (whole minutes). */
function instant(ms: number, withOffset: boolean): string {
  return withOffset
    ? `${new Date(ms + 120 * MINUTE).toISOString().slice(0, 19)}+02:00`
    : `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** Valid entries from December 2025 to January 2027: some minutes long, some months, some with the same start. */
const entries = fc
  .array(
    fc.record({
      start: fc.integer({ min: FROM / MINUTE, max: TO / MINUTE }),
      minutes: fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 120 * 24 * 60 })),
      offset: fc.boolean(),
      allDay: fc.boolean(),
      id: fc.constantFrom('a', 'b', 'c', 'late-1'),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map(
      ({ start, minutes, offset, allDay, id }, i): CalendarEntry => ({
        id: `${id}-${i % 3}`,
        title: { fi: `Tapahtuma ${i}` },
        start: instant(start * MINUTE, offset),
        end: instant((start + minutes) * MINUTE, !offset),
        ...(allDay ? { allDay } : {}),
      }),
    ),
  );

const day = fc
  .integer({ min: FROM / 86_400_000, max: TO / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const range = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

describe('entriesInRange (trusted)', () => {
  it('keeps the TSDoc example true', () => {
    const list: CalendarEntry[] = [
      { id: 'b', title: { fi: 'B' }, start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T10:00:00+02:00' },
      { id: 'a', title: { fi: 'A' }, start: '2026-03-10T07:00:00Z', end: '2026-03-10T08:00:00Z' },
      { id: 'next', title: { fi: 'N' }, start: '2026-03-16T09:00:00+02:00', end: '2026-03-16T10:00:00+02:00' },
    ];
    expect(entriesInRange(list, { from: '2026-03-09', to: '2026-03-15' }).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('gives the checked function’s entries in its order, and the very entries it was given', () => {
    fc.assert(
      fc.property(entries, range, (list, r) => {
        const found = entriesInRange(list, r);
        expect(found).toEqual(checked(list, r));
        for (const entry of found) expect(list).toContain(entry);
      }),
      { numRuns: runs(200) },
    );
  });
});
