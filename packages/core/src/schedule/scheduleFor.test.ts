import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { Cadence } from '../model/cadence.js';
import type { Group } from '../model/group.js';
import { Region } from '../model/region.js';
import { ValidationError } from '../validation/parseInput.js';
import { evaluationCalendar } from './evaluationCalendar.js';
import { expandCadence } from './expandCadence.js';
import { GroupOccurrence } from './occurrence.js';
import { scheduleFor } from './scheduleFor.js';

const source = { document: 'test' };

function group(id: string, cadence?: Cadence): Group {
  return {
    id,
    name: { fi: `ryhmä ${id}`, sv: `grupp ${id}`, en: `group ${id}` },
    kind: 'network',
    level: 'county',
    convener: 'coordinator',
    members: [],
    ...(cadence ? { cadence } : {}),
    source,
  };
}

/** A tiny region: only what the schedule needs, but valid as a whole. */
function tinyRegion(groups: Group[]): Region {
  return {
    id: 'test-region',
    name: { fi: 'Testi', sv: 'Test', en: 'Test' },
    county: { id: 'test-county', name: { fi: 'Testi', sv: 'Test', en: 'Test' }, source },
    municipalities: [],
    areas: [],
    parties: [],
    agreements: [],
    people: [],
    roleAssignments: [],
    groups,
    yearClocks: [],
    evaluationActivities: [],
    meetingPlaces: [],
    digitalServices: [],
    source,
  };
}

describe('scheduleFor', () => {
  it('tags every occurrence with its group and sorts all groups by start, then id', () => {
    const region = tinyRegion([
      group('steering-group', { kind: 'monthly', mode: 'remote' }),
      // Same Tuesday, same time as the steering group in February: the id decides.
      group('a-network', { kind: 'monthly', mode: 'hybrid', skipMonths: [1, 3] }),
      group('lape-group'),
    ]);
    expect(Region.parse(region)).toEqual(region);
    const out = scheduleFor(region, { from: '2026-01-01', to: '2026-03-31' });
    expect(out.map((o) => [o.start.slice(0, 10), o.groupId])).toEqual([
      ['2026-01-13', 'steering-group'],
      ['2026-02-10', 'a-network'],
      ['2026-02-10', 'steering-group'],
      ['2026-03-10', 'steering-group'],
    ]);
    for (const o of out) expect(GroupOccurrence.parse(o)).toEqual(o);
    expect(out[0]?.groupName).toEqual({
      fi: 'ryhmä steering-group',
      sv: 'grupp steering-group',
      en: 'group steering-group',
    });
  });

  it('gives each group exactly what expandCadence gives its cadence', () => {
    const network: Cadence = { kind: 'times-per-year', times: 4, inPerson: 1, mode: 'remote' };
    const region = tinyRegion([group('network', network), group('steering', { kind: 'monthly', mode: 'remote' })]);
    const period = { from: '2026-01-01', to: '2029-12-31' };
    const mine = scheduleFor(region, period)
      .filter((o) => o.groupId === 'network')
      .map(({ groupId: _id, groupName: _name, ...o }) => o);
    expect(mine).toEqual(expandCadence(network, period));
  });

  it('filters by group id and yields nothing for a group without a cadence', () => {
    const region = tinyRegion([group('steering', { kind: 'monthly', mode: 'remote' }), group('lape')]);
    expect(scheduleFor(region, { from: '2026-01-01', to: '2026-12-31', groups: ['lape'] })).toEqual([]);
    const only = scheduleFor(region, { from: '2026-01-01', to: '2026-12-31', groups: ['steering'] });
    expect(only).toHaveLength(12);
    expect(new Set(only.map((o) => o.groupId))).toEqual(new Set(['steering']));
  });

  it('names the offending field: an unknown group id, a bad cadence, a bad period', () => {
    const region = tinyRegion([group('steering', { kind: 'monthly', mode: 'remote' })]);
    expect(() => scheduleFor(region, { from: '2026-01-01', to: '2026-12-31', groups: ['steering', 'nope'] })).toThrow(
      /^query\.groups\[1\]: no group with this id/,
    );
    const bad = tinyRegion([
      group('ok', { kind: 'monthly', mode: 'remote' }),
      group('too-many', { kind: 'times-per-year', times: 9, mode: 'remote', months: { from: 1, to: 1 } }),
    ]);
    expect(() => scheduleFor(bad, { from: '2026-01-01', to: '2026-12-31' })).toThrow(
      /^region\.groups\[1\]\.cadence\.times: /,
    );
    const invalidCadence = tinyRegion([group('x', { kind: 'monthly' } as unknown as Cadence)]);
    expect(() => scheduleFor(invalidCadence, { from: '2026-01-01', to: '2026-12-31' })).toThrow(
      /^region\.groups\[0\]\.cadence\.mode: /,
    );
    expect(() => scheduleFor(region, { from: '2026-01-01', to: '2025-12-31' })).toThrow(ValidationError);
  });

  it('takes an object with only `groups`, and still validates them', () => {
    const groups = [group('steering', { kind: 'monthly', mode: 'remote' }), group('lape')];
    const period = { from: '2026-01-01', to: '2026-06-30' };
    const alone = scheduleFor({ groups }, period);
    expect(alone).toHaveLength(6);
    expect(alone).toEqual(scheduleFor(tinyRegion(groups), period));
    const broken = [group('x', { kind: 'monthly' } as unknown as Cadence)];
    expect(() => scheduleFor({ groups: broken }, period)).toThrow(/^region\.groups\[0\]\.cadence\.mode: /);
    expect(() => scheduleFor({} as unknown as { groups: Group[] }, period)).toThrow(/^region\.groups: /);
  });

  it('matches the example of the TSDoc', () => {
    const region = tinyRegion([
      {
        ...group('steering-group', { kind: 'monthly', mode: 'remote' }),
        name: { fi: 'Johtoryhmä', sv: 'Ledningsgruppen', en: 'Steering group' },
      },
    ]);
    const [first] = scheduleFor(region, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] });
    expect(first).toMatchObject({
      start: '2026-01-13T09:00:00+02:00',
      groupId: 'steering-group',
      groupName: { fi: 'Johtoryhmä' },
    });
  });
});

describe('scheduleFor and evaluationCalendar: another county (examples/pohjanmaa, example data)', () => {
  const example = z.parse(
    Region,
    JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8')),
  );

  it('schedules Swedish-named groups, their own kinds and their modes', () => {
    const meetings = scheduleFor(example, { from: '2026-01-01', to: '2026-12-31' });
    const steering = meetings.filter((m) => m.groupId === 'steering-group');
    expect(steering).toHaveLength(11);
    expect(steering.filter((m) => m.mode === 'in-person')).toHaveLength(4);
    expect(steering.find((m) => m.mode !== 'in-person')?.modes).toEqual(['remote', 'hybrid']);
    const council = meetings.filter((m) => m.groupId === 'family-council');
    expect(council.map((m) => m.title?.sv)).toEqual(['Vårträff', 'Höstträff']);
    expect(council[0]?.groupName).toEqual({
      sv: 'Familjerådet i Vasa',
      fi: 'Vaasan perheneuvosto',
      se: 'Vásá bearašráđđi',
    });
  });

  it('lists the school health survey every two years and a kind the region declares every year', () => {
    const tasks = evaluationCalendar(example, { from: '2026-01-01', to: '2029-12-31' });
    expect(tasks.filter((t) => t.kind === 'school-health-survey').map((t) => t.year)).toEqual([2027, 2029]);
    expect(tasks.filter((t) => t.kind === 'family-council-review').map((t) => t.year)).toEqual([
      2026, 2027, 2028, 2029,
    ]);
  });
});

describe('scheduleFor: conflicts of the people who convene, lead or take minutes', () => {
  const led = (id: string, cadence: Cadence, personId = 'anna'): Group => ({
    ...group(id, cadence),
    members: [{ role: 'coordinator', personId, source }],
  });
  const monthly: Cadence = { kind: 'monthly', mode: 'remote', skipMonths: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] };
  const february = { from: '2026-02-01', to: '2026-02-28' };

  it('moves the second meeting of one person’s day to the nearest free working day, saying why', () => {
    const schedule = scheduleFor({ groups: [led('a', monthly), led('b', monthly)] }, february);
    expect(schedule.map((o) => [o.groupId, o.start.slice(0, 10), o.moved])).toEqual([
      ['a', '2026-02-10', undefined],
      ['b', '2026-02-11', { from: '2026-02-10', reason: 'conflict', conflictWith: ['a'] }],
    ]);
  });

  it('leaves the meetings of different people alone', () => {
    const schedule = scheduleFor({ groups: [led('a', monthly), led('b', monthly, 'bert')] }, february);
    expect(schedule.map((o) => o.start.slice(0, 10))).toEqual(['2026-02-10', '2026-02-10']);
  });

  it('keeps a meeting that finds no free day, on its planned day, marked with the clash', () => {
    // Ten meetings of one person in February 2026: its four weeks hold eight at two a week.
    const groups = Array.from({ length: 10 }, (_, i) => led(`g${i}`, monthly));
    const schedule = scheduleFor({ groups }, february);
    expect(schedule).toHaveLength(10);
    const clashes = schedule.filter((o) => o.clash);
    expect(clashes.map((o) => [o.start.slice(0, 10), o.clash])).toEqual([
      ['2026-02-10', { holders: ['anna'] }],
      ['2026-02-10', { holders: ['anna'] }],
    ]);
  });

  it('reads the region-wide assignments: a post resolves to the person named for it', () => {
    const post = (id: string): Group => ({
      ...group(id, monthly),
      members: [{ role: 'coordinator', title: { fi: 'koordinaattori' }, partyId: 'county', source }],
    });
    const roleAssignments = [{ role: 'coordinator', personId: 'anna', partyId: 'county', source }];
    const schedule = scheduleFor({ groups: [post('a'), led('b', monthly)], roleAssignments }, february);
    expect(schedule.map((o) => o.start.slice(0, 10))).toEqual(['2026-02-10', '2026-02-11']);
    // Without them the post is a holder of its own, and the two meetings keep their day.
    const alone = scheduleFor({ groups: [post('a'), led('b', monthly)] }, february);
    expect(alone.map((o) => o.start.slice(0, 10))).toEqual(['2026-02-10', '2026-02-10']);
  });
});
