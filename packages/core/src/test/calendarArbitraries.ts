// Arbitraries shared by the calendar's trusted tests: valid entries and days from December 2025 to
// January 2027, the span the equivalence properties compare the trusted and the checked functions on.
import fc from 'fast-check';
import type { CalendarEntry } from '../calendar/calendarEntry.js';

const MINUTE = 60_000;
const FROM = Date.UTC(2025, 11, 1);
const TO = Date.UTC(2027, 0, 31);

/** An instant as the model writes it: in UTC (`Z`) or with an offset of +02:00 (whole minutes). */
function instant(ms: number, withOffset: boolean): string {
  return withOffset
    ? `${new Date(ms + 120 * MINUTE).toISOString().slice(0, 19)}+02:00`
    : `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** Valid entries: some minutes long, some months, some with the same start, some all-day. */
export const entries = fc
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

/** A day in the span, `YYYY-MM-DD`. */
export const day = fc
  .integer({ min: FROM / 86_400_000, max: TO / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

/** A range of days in the span, `from` ≤ `to`. */
export const range = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
