import { describe, expect, it } from 'vitest';
import type { Group } from '../model/group.js';
import { YearClockEntry } from '../model/year-clock.js';
import { yearClockEntries } from './yearClockEntries.js';

function regionalMeetings(): Group {
  return {
    id: 'relationship-support-network',
    name: { fi: 'Maakunnallinen tapaaminen', sv: 'Regional träff', en: 'Regional meeting' },
    kind: 'network',
    level: 'county',
    convener: 'coordinator',
    members: [],
    // 002 year clock: October remote, March–April in person (given out of order on purpose).
    cadence: {
      kind: 'windows',
      windows: [
        { window: { from: 10, to: 10 }, mode: 'remote', topics: [{ fi: 'Tavoitteiden läpikäynti' }] },
        { window: { from: 3, to: 4 }, mode: 'in-person', title: { fi: 'Kevään tapaaminen' } },
      ],
    },
    source: { document: 'test' },
  };
}

describe('yearClockEntries', () => {
  it('turns each window into a year-clock entry, in month order, with the group name as fallback title', () => {
    const entries = yearClockEntries(regionalMeetings());
    expect(entries).toEqual([
      {
        id: 'relationship-support-network-1',
        window: { from: 3, to: 4 },
        title: { fi: 'Kevään tapaaminen' },
        topics: [],
        mode: 'in-person',
        groupId: 'relationship-support-network',
      },
      {
        id: 'relationship-support-network-2',
        window: { from: 10, to: 10 },
        title: { fi: 'Maakunnallinen tapaaminen', sv: 'Regional träff', en: 'Regional meeting' },
        topics: [{ fi: 'Tavoitteiden läpikäynti' }],
        mode: 'remote',
        groupId: 'relationship-support-network',
      },
    ]);
    for (const e of entries) expect(YearClockEntry.parse(e)).toEqual(e);
  });

  it('gives no arcs for other cadences or none', () => {
    const monthly = { ...regionalMeetings(), cadence: { kind: 'monthly' as const, mode: 'remote' as const } };
    expect(yearClockEntries(monthly)).toEqual([]);
    const { cadence: _c, ...withoutCadence } = regionalMeetings();
    expect(yearClockEntries(withoutCadence)).toEqual([]);
  });

  it('names the field of an invalid group', () => {
    expect(() => yearClockEntries({ ...regionalMeetings(), id: 'Not An Id' })).toThrow(/^group\.id: /);
  });

  it('matches the example of the TSDoc', () => {
    expect(yearClockEntries(regionalMeetings()).map((e) => [e.window, e.mode])).toEqual([
      [{ from: 3, to: 4 }, 'in-person'],
      [{ from: 10, to: 10 }, 'remote'],
    ]);
  });
});
