import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import type { CalendarEntry } from './calendarEntry.js';
import { groupEntriesByDay } from './groupEntriesByDay.js';
import { monthGrid } from './monthGrid.js';

function entry(id: string, start: string, end: string, extra: Partial<CalendarEntry> = {}): CalendarEntry {
  return { id, title: { fi: id }, start, end, ...extra };
}

describe('groupEntriesByDay', () => {
  it('lists a meeting past midnight on both days and every requested day as a key (the TSDoc example)', () => {
    const late = entry('late', '2026-03-10T22:00:00+02:00', '2026-03-11T01:00:00+02:00');
    expect(groupEntriesByDay([late], ['2026-03-10', '2026-03-11', '2026-03-12'])).toEqual({
      '2026-03-10': [late],
      '2026-03-11': [late],
      '2026-03-12': [],
    });
  });

  it('puts entries on their Helsinki day, not the UTC one, and sorts each day by start and id', () => {
    const utcEvening = entry('utc-evening', '2026-06-30T22:30:00Z', '2026-06-30T23:00:00Z');
    const b = entry('b', '2026-07-01T09:00:00+03:00', '2026-07-01T10:00:00+03:00');
    const a = entry('a', '2026-07-01T09:00:00+03:00', '2026-07-01T09:30:00+03:00');
    const byDay = groupEntriesByDay([b, a, utcEvening], ['2026-06-30', '2026-07-01']);
    expect(byDay['2026-06-30']).toEqual([]);
    expect(byDay['2026-07-01']!.map((e) => e.id)).toEqual(['utc-evening', 'a', 'b']);
  });

  it('spreads an all-day span over a month grid without reaching the day of its midnight end', () => {
    const autumn = entry('survey', '2026-09-01T00:00:00+03:00', '2026-12-01T00:00:00+02:00', { allDay: true });
    const days = monthGrid(2026, 11).weeks.flatMap((w) => w.days.map((d) => d.date));
    const byDay = groupEntriesByDay([autumn], days);
    expect(Object.keys(byDay)).toEqual(days);
    expect(days.filter((d) => byDay[d]!.length > 0)).toEqual(days.filter((d) => d < '2026-12-01'));
  });

  it('returns an empty record for no days, and rejects invalid days', () => {
    expect(groupEntriesByDay([], [])).toEqual({});
    expect(() => groupEntriesByDay([], ['2026-02-30'])).toThrow(ValidationError);
    expect(() => groupEntriesByDay([], ['2026-02-30'])).toThrow(/days\[0\]/);
  });
});
