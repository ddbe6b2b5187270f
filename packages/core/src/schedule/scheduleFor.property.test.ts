import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cadence } from '../model/cadence.js';
import type { Group } from '../model/group.js';
import type { RoleAssignment } from '../model/person.js';
import { runs } from '../test/runs.js';
import { epochDay, isoWeek, isoWeekYear } from '../time/calendarDay.js';
import { formatIsoDay, parseIsoDay } from '../time/isoFormat.js';
import { expandPlaced } from './expand.js';
import { meetingHolders } from './meetingHolders.js';
import { scheduleFor } from './scheduleFor.js';
import { nonWorkingReason } from './workingDay.js';

// Random regions whose load one person can carry: three people, two to six groups with one or two
// of them convening, chairing or taking minutes, nobody in more than four groups, at most six meetings
// a year per group. Cadences never place a meeting in the last days of December (no last-week monthly
// meetings, no windows over the new year), where an ISO week-year leaves a meeting only a day or two.

const source = { document: 'property test' };
const mode = fc.constantFrom('in-person' as const, 'remote' as const, 'hybrid' as const);
const weekday = fc.integer({ min: 1, max: 5 });
const time = fc.constantFrom('09:00', '13:00');

const cadence: fc.Arbitrary<Cadence> = fc.oneof(
  fc
    .record({
      mode,
      weekday,
      time,
      weekOfMonth: fc.constantFrom(1 as const, 2 as const, 3 as const),
      skipMonths: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 6, maxLength: 9 }),
    })
    .map((c) => ({ kind: 'monthly' as const, ...c })),
  fc
    .record({ times: fc.integer({ min: 2, max: 6 }), mode, weekday, time, inPerson: fc.integer({ min: 0, max: 2 }) })
    .map(({ inPerson, ...c }) => ({
      kind: 'times-per-year' as const,
      ...c,
      ...(inPerson > 0 ? { inPerson: Math.min(inPerson, c.times) } : {}),
    })),
  fc
    .uniqueArray(fc.integer({ min: 1, max: 11 }), { minLength: 1, maxLength: 3 })
    .chain((starts) =>
      fc.tuple(
        fc.constant(starts.sort((a, b) => a - b)),
        fc.array(mode, { minLength: starts.length, maxLength: starts.length }),
        weekday,
        time,
      ),
    )
    .map(([starts, modes, day, t]) => ({
      kind: 'windows' as const,
      weekday: day,
      time: t,
      windows: starts.map((from, i) => ({ window: { from, to: Math.min(12, from + 1) }, mode: modes[i] ?? 'remote' })),
    })),
);

const person = (i: number) => `person-${i}`;
const group = fc.record({
  cadence,
  convener: fc.integer({ min: 0, max: 2 }),
  secretary: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  convenerByPost: fc.boolean(),
});

/** A region of groups; a convener "by post" is the coordinator post, which a region-wide assignment names. */
const region = fc
  .array(group, { minLength: 2, maxLength: 6 })
  .map((rows) => {
    const roleAssignments: RoleAssignment[] = [{ role: 'coordinator', personId: person(0), partyId: 'county', source }];
    const groups: Group[] = rows.map((row, i) => {
      const members: RoleAssignment[] = [
        row.convenerByPost
          ? { role: 'coordinator', title: { fi: 'koordinaattori' }, partyId: 'county', source }
          : { role: 'coordinator', personId: person(row.convener), source },
      ];
      if (row.secretary !== undefined) members.push({ role: 'secretary', personId: person(row.secretary), source });
      return {
        id: `group-${i}`,
        name: { fi: `Ryhmä ${i}` },
        kind: 'network',
        level: 'county',
        convener: 'coordinator',
        members,
        cadence: row.cadence,
        source,
      };
    });
    return { groups, roleAssignments };
  })
  .filter(({ groups, roleAssignments }) => {
    const load = new Map<string, number>();
    for (const g of groups) {
      for (const h of meetingHolders({ groups, roleAssignments }, g))
        load.set(h.holder.key, (load.get(h.holder.key) ?? 0) + 1);
    }
    return [...load.values()].every((n) => n <= 4);
  });

const years = fc.integer({ min: 2026, max: 2031 });

describe('scheduleFor over random regions: one person can keep the schedule', () => {
  it('never double-books a holder, keeps two meetings a week at most, and keeps every meeting in its range with its mode', () => {
    fc.assert(
      fc.property(region, years, (r, year) => {
        const period = { from: `${year}-01-01`, to: `${year + 1}-12-31` };
        const schedule = scheduleFor(r, period);
        const holders = new Map(r.groups.map((g) => [g.id, meetingHolders(r, g).map((h) => h.holder.key)]));
        const byDay = new Set<string>();
        const byWeek = new Map<string, number>();
        for (const o of schedule) {
          const day = parseIsoDay(o.start.slice(0, 10));
          expect(nonWorkingReason(day)).toBeUndefined();
          expect(o.clash).toBeUndefined();
          for (const key of [...(holders.get(o.groupId) ?? []), `group:${o.groupId}`]) {
            const at = `${key} ${day}`;
            expect(byDay.has(at), at).toBe(false);
            byDay.add(at);
            if (key.startsWith('group:')) continue;
            const week = `${key} ${isoWeekYear(day)}-${isoWeek(day)}`;
            byWeek.set(week, (byWeek.get(week) ?? 0) + 1);
            expect(byWeek.get(week), week).toBeLessThanOrEqual(2);
          }
        }
        // Against the plain cadence: the same meetings (by planned day), each in its range, with its mode.
        for (const g of r.groups) {
          const plain = expandPlaced(g.cadence!, parseIsoDay(period.from), parseIsoDay(period.to), 'inside');
          const mine = schedule.filter((o) => o.groupId === g.id);
          expect(mine).toHaveLength(plain.length);
          const planned = new Map(plain.map((p) => [formatIsoDay(p.movedFrom ?? p.day), p]));
          for (const o of mine) {
            const p = planned.get(o.moved?.from ?? o.start.slice(0, 10));
            expect(p, `${g.id} ${o.start}`).toBeDefined();
            const day = parseIsoDay(o.start.slice(0, 10));
            expect(
              p!.range.some(([a, b]) => day >= a && day <= b),
              `${g.id} ${o.start}`,
            ).toBe(true);
            expect(o.mode).toBe(p!.mode);
            if (o.moved?.reason === 'conflict') expect(o.moved.conflictWith?.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: runs(40) },
    );
  });

  it('is deterministic, and a narrower period or a group filter gives a subset', () => {
    fc.assert(
      fc.property(
        region,
        years,
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 1, max: 120 }),
        (r, year, skip, length) => {
          const period = { from: `${year}-01-01`, to: `${year + 1}-12-31` };
          const all = scheduleFor(r, period);
          expect(scheduleFor(structuredClone(r), period)).toEqual(all);
          const first = epochDay(year, 1, 1) + skip;
          const from = formatIsoDay(first);
          const to = formatIsoDay(Math.min(first + length, epochDay(year + 1, 12, 31)));
          expect(scheduleFor(r, { from, to })).toEqual(
            all.filter((o) => o.start.slice(0, 10) >= from && o.start.slice(0, 10) <= to),
          );
          const one = r.groups[0]!.id;
          expect(scheduleFor(r, { ...period, groups: [one] })).toEqual(all.filter((o) => o.groupId === one));
        },
      ),
      { numRuns: runs(30) },
    );
  });
});
