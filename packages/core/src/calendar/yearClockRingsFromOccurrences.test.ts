import { describe, expect, it } from 'vitest';
import { groups } from '../data/etela-savo/groups.js';
import { scheduleFor } from '../schedule/scheduleFor.js';
import { helsinkiDateTimeParts } from '../time/helsinkiDateTimeParts.js';
import { yearClockLayout } from './yearClockLayout.js';
import { yearClockRingsFromOccurrences } from './yearClockRingsFromOccurrences.js';

const dayOf = (start: string) => helsinkiDateTimeParts(start).date;

describe('yearClockRingsFromOccurrences', () => {
  it("gives every group that meets a ring, in the groups' order, with an arc per meeting of the year on its day", () => {
    const meetings = scheduleFor({ groups }, { from: '2025-12-01', to: '2027-01-31' });
    const rings = yearClockRingsFromOccurrences(groups, meetings, 2026);
    const meeting = groups.filter((g) => meetings.some((m) => m.groupId === g.id)).map((g) => g.id);
    expect(rings.map((r) => r.id)).toEqual(meeting);
    for (const ring of rings) {
      const days = meetings
        .filter((m) => m.groupId === ring.id)
        .map((m) => dayOf(m.start))
        .filter((d) => d.startsWith('2026-'));
      expect(ring.entries.map((e) => e.date)).toEqual(days);
      expect(ring.entries.map((e) => e.window)).toEqual(
        days.map((d) => ({ from: Number(d.slice(5, 7)), to: Number(d.slice(5, 7)) })),
      );
    }
    const steering = rings.find((r) => r.id === 'steering-group')!;
    expect(steering.label).toEqual(groups.find((g) => g.id === 'steering-group')!.name);
    expect(steering.entries[0]).toMatchObject({
      id: `steering-group-${steering.entries[0]!.date!.replaceAll('-', '')}`,
      groupId: 'steering-group',
      mode: ['remote', 'hybrid'],
    });
    expect(() => yearClockLayout(rings)).not.toThrow();
  });

  it('numbers a second meeting on one day, and leaves out groups not listed and years not asked for', () => {
    const [first] = scheduleFor({ groups }, { from: '2026-01-01', to: '2026-12-31', groups: ['steering-group'] });
    const twice = [first!, { ...first!, title: { fi: 'Ylimääräinen' } }];
    const [ring] = yearClockRingsFromOccurrences(groups, twice, 2026);
    expect(ring!.entries.map((e) => e.id)).toEqual([ring!.entries[0]!.id, `${ring!.entries[0]!.id}-2`]);
    expect(ring!.entries[1]!.title).toEqual({ fi: 'Ylimääräinen' });
    expect(yearClockRingsFromOccurrences(groups, twice, 2027)).toEqual([]);
    expect(yearClockRingsFromOccurrences([], twice, 2026)).toEqual([]);
  });

  it('draws the example of its documentation', () => {
    const board = { id: 'board', name: { fi: 'Hallitus' } };
    const meeting = {
      groupId: 'board',
      groupName: board.name,
      mode: 'remote' as const,
      start: '2026-03-10T13:00:00+02:00',
      end: '2026-03-10T15:00:00+02:00',
    };
    expect(yearClockRingsFromOccurrences([board], [meeting], 2026)[0]!.entries).toEqual([
      {
        id: 'board-20260310',
        window: { from: 3, to: 3 },
        title: { fi: 'Hallitus' },
        mode: 'remote',
        groupId: 'board',
        date: '2026-03-10',
      },
    ]);
  });

  it('rejects a year outside 1922–2200 and an occurrence that is not one', () => {
    expect(() => yearClockRingsFromOccurrences(groups, [], 1900)).toThrow(/year/);
    expect(() => yearClockRingsFromOccurrences(groups, [{ start: 'x' } as never], 2026)).toThrow(/occurrences\[0\]/);
  });
});
