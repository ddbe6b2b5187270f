import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import { agendaGroups } from './agendaGroups.js';
import type { CalendarEntry } from './calendarEntry.js';

function entry(id: string, start: string, end: string, extra: Partial<CalendarEntry> = {}): CalendarEntry {
  return { id, title: { fi: id }, start, end, ...extra };
}

const ids = (list: readonly CalendarEntry[]) => list.map((e) => e.id);

describe('agendaGroups', () => {
  it('keeps the TSDoc example true: a window begun in September is ongoing in November', () => {
    const survey = entry('survey', '2026-09-01T00:00:00+03:00', '2026-12-01T00:00:00+02:00', { allDay: true });
    const seminar = entry('seminar', '2026-11-10T09:00:00+02:00', '2026-11-11T16:00:00+02:00');
    expect(agendaGroups([survey, seminar], { from: '2026-11-01', to: '2026-11-30' })).toEqual({
      ongoing: [survey],
      days: [{ date: '2026-11-10', entries: [seminar] }],
    });
  });

  it('lists an entry that starts inside the range once, under its start day, however long it runs', () => {
    const week = entry('week', '2026-03-09T00:00:00+02:00', '2026-03-16T00:00:00+02:00', { allDay: true });
    const past = entry('past-month-end', '2026-03-30T09:00:00+03:00', '2026-04-02T12:00:00+03:00');
    const groups = agendaGroups([past, week], { from: '2026-03-01', to: '2026-03-31' });
    expect(groups.ongoing).toEqual([]);
    expect(groups.days.map((d) => [d.date, ids(d.entries)])).toEqual([
      ['2026-03-09', ['week']],
      ['2026-03-30', ['past-month-end']],
    ]);
  });

  it('uses Helsinki days: a meeting past midnight into the 1st is ongoing, one ending at midnight is gone', () => {
    const entries = [
      entry('past-midnight', '2026-10-31T22:00:00+02:00', '2026-11-01T01:00:00+02:00'),
      entry('ends-at-midnight', '2026-10-31T20:00:00+02:00', '2026-11-01T00:00:00+02:00'),
      // 22:30 UTC on 31 October is 00:30 on 1 November in Helsinki: it starts on the 1st.
      entry('utc-evening', '2026-10-31T22:30:00Z', '2026-10-31T23:00:00Z'),
    ];
    const groups = agendaGroups(entries, { from: '2026-11-01', to: '2026-11-30' });
    expect(ids(groups.ongoing)).toEqual(['past-midnight']);
    expect(groups.days.map((d) => [d.date, ids(d.entries)])).toEqual([['2026-11-01', ['utc-evening']]]);
  });

  it('sorts each group by start and then id, the days by date, and leaves out entries outside the range', () => {
    const entries = [
      entry('b', '2026-11-03T09:00:00+02:00', '2026-11-03T10:00:00+02:00'),
      entry('early-autumn', '2026-08-15T00:00:00+03:00', '2026-11-15T00:00:00+02:00', { allDay: true }),
      entry('a', '2026-11-03T09:00:00+02:00', '2026-11-03T09:30:00+02:00'),
      entry('first', '2026-11-02T09:00:00+02:00', '2026-11-02T10:00:00+02:00'),
      entry('late-autumn', '2026-10-01T00:00:00+03:00', '2026-11-02T00:00:00+02:00', { allDay: true }),
      entry('over', '2026-10-01T00:00:00+03:00', '2026-11-01T00:00:00+02:00', { allDay: true }),
      entry('december', '2026-12-01T09:00:00+02:00', '2026-12-01T10:00:00+02:00'),
    ];
    const groups = agendaGroups(entries, { from: '2026-11-01', to: '2026-11-30' });
    expect(ids(groups.ongoing)).toEqual(['early-autumn', 'late-autumn']);
    expect(groups.days.map((d) => [d.date, ids(d.entries)])).toEqual([
      ['2026-11-02', ['first']],
      ['2026-11-03', ['a', 'b']],
    ]);
  });

  it('lists every entry that meets the range exactly once, ongoing exactly when it began before the range', () => {
    // Starts 1–26 March 2026 at 9.00, at most 72 hours long: all before summer time (29 March), all at +02:00.
    const day = fc.integer({ min: 0, max: 25 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.integer({ min: 1, max: 72 })), { maxLength: 15 }),
        day,
        day,
        (spans, a, b) => {
          const base = Date.UTC(2026, 2, 1, 0) - 2 * 3_600_000; // midnight 1 March 2026 in Helsinki (+02:00)
          const iso = (ms: number) => `${new Date(ms + 2 * 3_600_000).toISOString().slice(0, 19)}+02:00`;
          const date = (d: number) => new Date(Date.UTC(2026, 2, 1 + d)).toISOString().slice(0, 10);
          const entries = spans.map(([startDay, hours], i) =>
            entry(
              `e${i}`,
              iso(base + startDay * 86_400_000 + 9 * 3_600_000),
              iso(base + startDay * 86_400_000 + (9 + hours) * 3_600_000),
            ),
          );
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const groups = agendaGroups(entries, { from: date(lo), to: date(hi) });
          const listed = [...ids(groups.ongoing), ...groups.days.flatMap((d) => ids(d.entries))];
          const expected = spans.flatMap(([startDay, hours], i) => {
            const lastDay = startDay + Math.floor((9 + hours - 1 / 3600) / 24);
            return startDay <= hi && lastDay >= lo ? [`e${i}`] : [];
          });
          expect([...listed].sort()).toEqual([...expected].sort());
          expect(new Set(listed).size).toBe(listed.length);
          expect(ids(groups.ongoing).sort()).toEqual(
            expected.filter((id) => spans[Number(id.slice(1))]![0] < lo).sort(),
          );
          for (const d of groups.days) {
            expect(d.entries.length).toBeGreaterThan(0);
            for (const e of d.entries) expect(date(spans[Number(e.id.slice(1))]![0])).toBe(d.date);
          }
          const dates = groups.days.map((d) => d.date);
          expect(dates).toEqual([...dates].sort());
        },
      ),
    );
  });

  it('returns empty groups for no entries, and rejects a reversed range and invalid entries', () => {
    expect(agendaGroups([], { from: '2026-11-01', to: '2026-11-30' })).toEqual({ ongoing: [], days: [] });
    expect(() => agendaGroups([], { from: '2026-11-30', to: '2026-11-01' })).toThrow(/range.to/);
    expect(() => agendaGroups([{ id: 'x' } as never], { from: '2026-11-01', to: '2026-11-30' })).toThrow(
      ValidationError,
    );
  });
});
