import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { etelaSavo } from '../data/etela-savo/region.js';
import { ValidationError } from '../validation/parseInput.js';
import { evaluationCalendar } from '../schedule/evaluationCalendar.js';
import { CalendarEntry } from './calendarEntry.js';
import { entriesFromEvaluationCalendar } from './entriesFromEvaluationCalendar.js';
import { groupEntriesByDay } from './groupEntriesByDay.js';

describe('entriesFromEvaluationCalendar', () => {
  it('makes the family survey of 2027 an all-day entry from 1 September to 30 November (the TSDoc example)', () => {
    const entries = entriesFromEvaluationCalendar(
      evaluationCalendar(etelaSavo, { from: '2027-01-01', to: '2027-12-31' }),
    );
    expect(entries.find((e) => e.id === 'family-survey-20270901')).toEqual({
      id: 'family-survey-20270901',
      title: { fi: 'Perheiden kysely', sv: 'Familjeenkäten', en: 'Family survey' },
      start: '2027-09-01T00:00:00+03:00',
      end: '2027-12-01T00:00:00+02:00',
      kind: 'evaluation',
      allDay: true,
    });
    expect(z.safeParse(z.array(CalendarEntry), entries).success).toBe(true);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("names the year's kind of an alternating evaluation", () => {
    const year = (y: number) =>
      entriesFromEvaluationCalendar(evaluationCalendar(etelaSavo, { from: `${y}-01-01`, to: `${y}-12-31` })).find((e) =>
        e.id.startsWith('meeting-place-evaluation-'),
      );
    expect(year(2026)?.description).toEqual({
      fi: 'Kohtaamispaikan vertaisarviointi',
      sv: 'Kollegial utvärdering av mötesplatsen',
      en: 'Meeting-place peer evaluation',
    });
    expect(year(2027)?.description?.en).toBe('Meeting-place self-evaluation');
  });

  it('covers exactly the days of the window in Helsinki time', () => {
    const [entry] = entriesFromEvaluationCalendar([
      {
        activityId: 'status',
        kind: 'status-report',
        name: { fi: 'Tilannekatsaus', sv: 'Lägesöversikt', en: 'Status report' },
        year: 2026,
        window: { start: '2026-11-01', end: '2026-12-31' },
        responsible: 'coordinator',
      },
    ]);
    const days = groupEntriesByDay([entry!], ['2026-10-31', '2026-11-01', '2026-12-31', '2027-01-01']);
    expect(Object.entries(days).map(([day, list]) => [day, list.length])).toEqual([
      ['2026-10-31', 0],
      ['2026-11-01', 1],
      ['2026-12-31', 1],
      ['2027-01-01', 0],
    ]);
  });

  it('rejects a task that is not one', () => {
    expect(() => entriesFromEvaluationCalendar([{ activityId: 'x' } as never])).toThrow(ValidationError);
  });
});
