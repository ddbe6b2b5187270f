import * as z from 'zod/mini';
import { EvaluationActivity } from '../model/evaluation.js';
import { parseInput } from '../validation/parseInput.js';
import { evaluationCalendar } from '../schedule/evaluationCalendar.js';
import { SCHEDULE_YEARS } from '../schedule/period.js';
import { numberedIds } from './dateStamp.js';
import { evaluationKindText } from './evaluationKindText.js';
import type { YearClockRing, YearClockRingEntry } from './yearClockRing.js';

const Year = z.int().check(z.gte(SCHEDULE_YEARS.from), z.lte(SCHEDULE_YEARS.to));

/** The label of the evaluation ring. */
const LABEL = { fi: 'Arviointi ja seuranta', sv: 'Utvärdering och uppföljning', en: 'Evaluation and follow-up' };

/**
 * The evaluation calendar of one year as a year-clock ring (arviointi ja seuranta, evaluation and
 * follow-up): the tasks that belong to the year (`evaluationCalendar`'s `year`, so a window from
 * November to February is drawn once, in the year it starts), each an arc over the months of its
 * window. Tasks that overlap get lanes of the ring in `yearClockLayout`. An activity that alternates
 * its kind by year (peer and self evaluation) has the year's kind as description. Entry ids are the
 * activity ids (`-2`, `-3` for an activity done more than once a year).
 *
 * @param activities - the evaluation activities (a region's `evaluationActivities`)
 * @param year - the year, 1922–2200
 * @returns one ring with id `evaluation`, or none when the year has no tasks
 * @throws ValidationError naming the field when an activity or the year is invalid
 * @example
 * yearClockRingsFromEvaluation(region.evaluationActivities, 2027)[0].entries.find((e) => e.id === 'family-survey');
 * // { id: 'family-survey', window: { from: 9, to: 11 }, title: { fi: 'Perheiden kysely', … } }
 */
export function yearClockRingsFromEvaluation(activities: readonly EvaluationActivity[], year: number): YearClockRing[] {
  const list = parseInput(z.array(EvaluationActivity), activities, 'activities');
  const y = parseInput(Year, year, 'year');
  const period = { from: `${y}-01-01`, to: `${y}-12-31` };
  const tasks = evaluationCalendar({ evaluationActivities: list }, period).filter((task) => task.year === y);
  if (tasks.length === 0) return [];
  const ids = numberedIds(tasks.map((task) => task.activityId));
  const entries = tasks.map((task, i): YearClockRingEntry => {
    const entry: YearClockRingEntry = {
      id: ids[i]!,
      window: { from: Number(task.window.start.slice(5, 7)), to: Number(task.window.end.slice(5, 7)) },
      title: task.name,
    };
    const variant = task.variantKind === undefined ? undefined : evaluationKindText(task.variantKind);
    if (variant) entry.description = variant;
    return entry;
  });
  return [{ id: 'evaluation', label: LABEL, entries }];
}
