import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, entries, } from '../../test/calendarArbitraries.js';
import { runs } from '../../test/runs.js';
import type { CalendarEntry } from '../calendarEntry.js';
import { groupEntriesByDay as checked } from '../groupEntriesByDay.js';
import { groupEntriesByDay } from './groupEntriesByDay.js';

describe('groupEntriesByDay (trusted)', () => {
  it('keeps the TSDoc example true', () => {
    const late: CalendarEntry = {
      id: 'late',
      title: { fi: 'Iltakokous' },
      start: '2026-03-10T22:00:00+02:00',
      end: '2026-03-11T01:00:00+02:00',
    };
    expect(groupEntriesByDay([late], ['2026-03-10', '2026-03-11', '2026-03-12'])).toEqual({
      '2026-03-10': [late],
      '2026-03-11': [late],
      '2026-03-12': [],
    });
  });

  it('gives the checked function’s days and entries, for days in any order, repeated or none', () => {
    fc.assert(
      fc.property(entries, fc.array(day, { maxLength: 45 }), (list, days) => {
        expect(groupEntriesByDay(list, days)).toEqual(checked(list, days));
      }),
      { numRuns: runs(200) },
    );
  });
});
