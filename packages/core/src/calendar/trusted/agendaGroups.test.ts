import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entries, range } from '../../test/calendarArbitraries.js';
import { runs } from '../../test/runs.js';
import { agendaGroups as checked } from '../agendaGroups.js';
import type { CalendarEntry } from '../calendarEntry.js';
import { agendaGroups } from './agendaGroups.js';

describe('agendaGroups (trusted)', () => {
  it('keeps the TSDoc example true', () => {
    const survey: CalendarEntry = {
      id: 'survey',
      title: { fi: 'Kysely' },
      allDay: true,
      start: '2026-09-01T00:00:00+03:00',
      end: '2026-12-01T00:00:00+02:00',
    };
    const seminar: CalendarEntry = {
      id: 'seminar',
      title: { fi: 'Seminaari' },
      start: '2026-11-10T09:00:00+02:00',
      end: '2026-11-11T16:00:00+02:00',
    };
    expect(agendaGroups([survey, seminar], { from: '2026-11-01', to: '2026-11-30' })).toEqual({
      ongoing: [survey],
      days: [{ date: '2026-11-10', entries: [seminar] }],
    });
  });

  it('gives the checked function’s agenda for any valid entries and range', () => {
    fc.assert(
      fc.property(entries, range, (list, r) => {
        expect(agendaGroups(list, r)).toEqual(checked(list, r));
      }),
      { numRuns: runs(200) },
    );
  });
});
