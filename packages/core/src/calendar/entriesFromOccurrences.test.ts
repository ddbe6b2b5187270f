import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { etelaSavo } from '../data/etela-savo/region.js';
import { occurrencesToEvents } from '../export/occurrencesToEvents.js';
import { ValidationError } from '../validation/parseInput.js';
import type { GroupOccurrence } from '../schedule/occurrence.js';
import { scheduleFor } from '../schedule/scheduleFor.js';
import { CalendarEntry } from './calendarEntry.js';
import { entriesFromOccurrences } from './entriesFromOccurrences.js';

const groupName = { fi: 'Ohjausryhmä', sv: 'Styrgruppen', en: 'Steering group' };

function occurrence(overrides: Partial<GroupOccurrence> = {}): GroupOccurrence {
  return {
    start: '2026-03-10T09:00:00+02:00',
    end: '2026-03-10T11:00:00+02:00',
    mode: 'remote',
    groupId: 'steering-group',
    groupName,
    ...overrides,
  };
}

describe('entriesFromOccurrences', () => {
  it('makes a meeting entry titled by the group, with mode, group and a stable id', () => {
    expect(entriesFromOccurrences([occurrence()])).toEqual([
      {
        id: 'steering-group-20260310',
        title: groupName,
        start: '2026-03-10T09:00:00+02:00',
        end: '2026-03-10T11:00:00+02:00',
        mode: 'remote',
        groupId: 'steering-group',
        groupName,
        kind: 'meeting',
      },
    ]);
  });

  it("keeps an occurrence's own title and topics, writes times in Helsinki time, and explains a move in three languages", () => {
    const [entry] = entriesFromOccurrences([
      occurrence({
        start: '2026-05-04T06:00:00Z',
        end: '2026-05-04T08:00:00Z',
        title: { fi: 'Kevään kokous' },
        topics: [{ fi: 'Talousarvio' }],
        moved: { from: '2026-05-01', reason: 'holiday' },
      }),
    ]);
    expect(entry).toMatchObject({
      id: 'steering-group-20260501',
      title: { fi: 'Kevään kokous' },
      start: '2026-05-04T09:00:00+03:00',
      end: '2026-05-04T11:00:00+03:00',
      topics: [{ fi: 'Talousarvio' }],
      description: {
        fi: 'Siirretty päivästä 1.5.2026 (pyhäpäivä)',
        sv: 'Flyttat från 1.5.2026 (helgdag)',
        en: 'Moved from 2026-05-01 (public holiday)',
      },
    });
  });

  it('numbers two meetings of a group on one day in start order, whatever the input order', () => {
    const morning = occurrence();
    const afternoon = occurrence({ start: '2026-03-10T13:00:00+02:00', end: '2026-03-10T14:00:00+02:00' });
    expect(entriesFromOccurrences([afternoon, morning]).map((e) => e.id)).toEqual([
      'steering-group-20260310-2',
      'steering-group-20260310',
    ]);
  });

  it('gives the ids of the iCalendar UIDs, and valid entries, for the built-in schedule of a year', () => {
    const occurrences = scheduleFor(etelaSavo, { from: '2026-01-01', to: '2026-12-31' });
    const entries = entriesFromOccurrences(occurrences);
    expect(entries).toHaveLength(occurrences.length);
    expect(z.safeParse(z.array(CalendarEntry), entries).success).toBe(true);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const steering = occurrences.filter((o) => o.groupId === 'steering-group');
    expect(entriesFromOccurrences(steering).map((e) => `${e.id}@perhekeskus`)).toEqual(
      occurrencesToEvents(steering).map((e) => e.uid),
    );
  });

  it('rejects an occurrence without a group or with an impossible time', () => {
    const { groupId: _id, ...untagged } = occurrence();
    expect(() => entriesFromOccurrences([untagged as GroupOccurrence])).toThrow(ValidationError);
    expect(() => entriesFromOccurrences([untagged as GroupOccurrence])).toThrow(/groupOccurrences\[0\]\.groupId/);
    expect(() => entriesFromOccurrences([occurrence({ end: '2026-02-30T11:00:00+02:00' })])).toThrow(
      /groupOccurrences\[0\]\.end: Not a real date-time/,
    );
  });
});
