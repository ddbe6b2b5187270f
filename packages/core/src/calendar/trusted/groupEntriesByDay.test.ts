import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/runs.js';
import type { CalendarEntry } from '../calendarEntry.js';
import { groupEntriesByDay as checked } from '../groupEntriesByDay.js';
import { groupEntriesByDay } from './groupEntriesByDay.js';

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
describe('groupEntriesByDay (trusted)', () => {
  it('keeps the TSDoc example true', () => {
    const late: CalendarEntry = {
      id: 'late',
      title: { fi: 'Iltakokous' },
      start: '2026-03-10T22:00:00+02:00',
      end: '2026-03-11T01:00:00+02:00',
    };
    expect(groupEntriesByDay([late], ['2026-03-10', '2026-03-11', '2026-03-12'])).toEqual({
      '2026-03-10': [late],
      '2026-03-11': [late],
      '2026-03-12': [],
    });
  });

  it('gives the checked function’s days and entries, for days in any order, repeated or none', () => {
    fc.assert(
      fc.property(entries, fc.array(day, { maxLength: 45 }), (list, days) => {
        expect(groupEntriesByDay(list, days)).toEqual(checked(list, days));
      }),
      { numRuns: runs(200) },
    );
  });
});
