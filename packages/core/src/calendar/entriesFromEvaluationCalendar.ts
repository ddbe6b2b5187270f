import * as z from 'zod/mini';
import { parseInput } from '../validation/parseInput.js';
import { EvaluationCalendarEntry } from '../schedule/evaluationCalendar.js';
import { helsinkiDateTime, helsinkiToUtc } from '../time/helsinki.js';
import { parseIsoDay } from '../time/isoFormat.js';
import type { CalendarEntry } from './calendarEntry.js';
import { dateStamp, numberedIds } from './dateStamp.js';
import { evaluationKindText } from './evaluationKindText.js';

/** Midnight in Helsinki at the start of an epoch day, with its offset. */
const midnight = (day: number) => helsinkiDateTime(helsinkiToUtc(day, 0));

/**
 * Calendar entries for the evaluation calendar (arviointi, evaluation and follow-up): each task an
 * all-day entry over its whole window, from midnight on the first day to midnight after the last
 * (Helsinki time), titled by the activity's name, `kind: 'evaluation'`. For an activity whose kind
 * alternates by year (peer and self evaluation), the year's kind is the description. Ids are
 * `<activity>-<YYYYMMDD of the window's first day>`, stable across loads.
 *
 * @param entries - tasks from `evaluationCalendar`
 * @returns one all-day entry per task, in input order
 * @throws ValidationError naming the field when a task is invalid
 * @example
 * entriesFromEvaluationCalendar(evaluationCalendar(region, { from: '2027-01-01', to: '2027-12-31' }))
 *   .find((e) => e.id === 'family-survey-20270901');
 * // { id: 'family-survey-20270901', title: { fi: 'Perheiden kysely', … }, start: '2027-09-01T00:00:00+03:00',
 * //   end: '2027-12-01T00:00:00+02:00', kind: 'evaluation', allDay: true }
 */
export function entriesFromEvaluationCalendar(entries: readonly EvaluationCalendarEntry[]): CalendarEntry[] {
  const list = parseInput(z.array(EvaluationCalendarEntry), entries, 'entries');
  const ids = numberedIds(list.map((e) => `${e.activityId}-${dateStamp(e.window.start)}`));
  return list.map((e, i) => {
    const entry: CalendarEntry = {
      id: ids[i]!,
      title: e.name,
      start: midnight(parseIsoDay(e.window.start)),
      end: midnight(parseIsoDay(e.window.end) + 1),
      kind: 'evaluation',
      allDay: true,
    };
    const variant = e.variantKind === undefined ? undefined : evaluationKindText(e.variantKind);
    if (variant) entry.description = variant;
    return entry;
  });
}
