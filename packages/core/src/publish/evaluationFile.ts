import type { CalendarEntryList } from '../calendar/calendarEntry.js';
import { entriesFromEvaluationCalendar } from '../calendar/entriesFromEvaluationCalendar.js';
import type { Region } from '../model/region.js';
import { evaluationCalendar } from '../schedule/evaluationCalendar.js';
import { publishedFileSchema } from './publishedFileSchema.js';

/**
 * The content of `evaluation.json`: the evaluation calendar (arviointikalenteri) of the given years as
 * all-day calendar entries (`evaluationCalendar`, then `entriesFromEvaluationCalendar`). A task is
 * listed once when its window meets any of the years (a November–February survey belongs to both).
 * Every entry is marked `example` when the region is an example.
 *
 * @param region - a region, or anything with its `evaluationActivities`
 * @param years - the years, each 1922–2200
 * @param example - true for an invented example region
 * @returns the file's content
 * @throws ValidationError naming the field when an activity's recurrence cannot be scheduled
 * @example
 * evaluationFile(etelaSavo, [2027], false).entries.map((e) => e.id);
 * // [… 'family-survey-20270901', …]
 */
export function evaluationFile(
  region: Pick<Region, 'evaluationActivities'>,
  years: readonly number[],
  example: boolean,
): CalendarEntryList {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  const tasks =
    first === undefined || last === undefined
      ? []
      : evaluationCalendar(region, { from: `${first}-01-01`, to: `${last}-12-31` }).filter((task) =>
          sorted.some((year) => task.window.start <= `${year}-12-31` && task.window.end >= `${year}-01-01`),
        );
  const entries = entriesFromEvaluationCalendar(tasks).map((entry) => (example ? { ...entry, example } : entry));
  return { $schema: publishedFileSchema('evaluation-calendar').url, entries };
}
