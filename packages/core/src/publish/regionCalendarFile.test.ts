import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CalendarEntryList } from '../calendar/calendarEntry.js';
import { etelaSavo } from '../etela-savo.js';
import { groupCalendarFile } from './groupCalendarFile.js';
import { regionCalendarFile } from './regionCalendarFile.js';

const groupsWithCadence = () => etelaSavo.groups.filter((g) => g.cadence !== undefined);

const entry = (id: string, start: string, end: string) => ({ id, title: { fi: id }, start, end });

describe('regionCalendarFile', () => {
  it('holds every group’s meetings of the year once, group after group, as the groups’ own files hold them', () => {
    const calendars = groupsWithCadence().map((group) => groupCalendarFile(group, [2026, 2027], false));
    const file = regionCalendarFile(calendars, 2026);
    expect(file.$schema).toBe('https://perhekeskus.dev/schema/calendar-entries.json');
    const of2026 = calendars.flatMap((calendar) => calendar.entries).filter((e) => e.start.startsWith('2026'));
    expect(file.entries).toEqual(of2026);
    expect(new Set(file.entries.map((e) => e.groupId))).toEqual(new Set(groupsWithCadence().map((g) => g.id)));
    expect(z.safeParse(CalendarEntryList, file).success).toBe(true);
  });

  it('puts an entry over New Year (Helsinki time) in both years, and one ending at midnight in its own year only', () => {
    const calendar = {
      entries: [
        entry('late', '2026-12-31T23:00:00+02:00', '2027-01-01T01:00:00+02:00'),
        entry('eve', '2026-12-31T00:00:00+02:00', '2027-01-01T00:00:00+02:00'),
        // 22:30 UTC on 31 December is already 1 January in Helsinki.
        entry('new-year', '2026-12-31T22:30:00Z', '2026-12-31T23:30:00Z'),
      ],
    };
    expect(regionCalendarFile([calendar], 2026).entries.map((e) => e.id)).toEqual(['late', 'eve']);
    expect(regionCalendarFile([calendar], 2027).entries.map((e) => e.id)).toEqual(['late', 'new-year']);
  });

  it('is empty for no groups', () => {
    expect(regionCalendarFile([], 2026).entries).toEqual([]);
  });
});
