import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, vocabularyValue } from '../model/common.js';
import { EvaluationActivity, EvaluationKind } from '../model/evaluation.js';
import { Role } from '../model/person.js';
import type { Region } from '../model/region.js';
import { parseInput } from '../validation/parseInput.js';
import { expandPlaced } from './expand.js';
import { invalid, SchedulePeriod } from './period.js';
import { formatIsoDay, parseIsoDay } from '../time/isoFormat.js';

/** One dated evaluation task: an activity in one year, with the window (or day) it is done in. */
export const EvaluationCalendarEntry = z.strictObject({
  activityId: Id,
  /** The activity's kind. */
  kind: vocabularyValue(EvaluationKind),
  /** The kind done this year, for an activity whose recurrence alternates `variants` (peer / self). */
  variantKind: z.optional(vocabularyValue(EvaluationKind)),
  name: LocalizedText,
  /** The year the task belongs to: the year its window starts in. */
  year: z.int(),
  /** First and last day of the task's window; a single day when the recurrence has no window. */
  window: z.strictObject({ start: IsoDate, end: IsoDate }),
  responsible: vocabularyValue(Role),
  reportsToGroupId: z.optional(Id),
});
export type EvaluationCalendarEntry = z.infer<typeof EvaluationCalendarEntry>;

/** The part of a region the calendar reads (the rest is not validated here). */
const EvaluationSource = z.looseObject({ evaluationActivities: z.array(EvaluationActivity) });

/**
 * The evaluation calendar: every evaluation activity's tasks whose window meets the period (a survey
 * running September–November is listed for a period that contains any day of it), sorted by window
 * start and then activity id. The window comes from the recurrence as placed by {@link expandCadence};
 * a recurrence without a window (monthly, times-per-year without `months`) gives the meeting day. An
 * alternating recurrence (`variants`) shows the year's kind in `variantKind`; its variants must be
 * evaluation kinds, or ids of kinds the region declares in its vocabulary.
 *
 * @param region - a region, or any object with its `evaluationActivities`: only they are read and
 *   validated, so `{ evaluationActivities }` alone is enough
 * @param period - `{ from, to }`, `YYYY-MM-DD`, inclusive, within 1922–2200
 * @returns the entries
 * @throws ValidationError naming the field when an activity or the period is invalid
 * @example
 * evaluationCalendar(region, { from: '2026-01-01', to: '2029-12-31' }).filter((e) => e.kind === 'family-survey');
 * // [{ …, year: 2027, window: { start: '2027-09-01', end: '2027-11-30' } }, { …, year: 2029, … }]
 */
export function evaluationCalendar(
  region: Pick<Region, 'evaluationActivities'>,
  period: SchedulePeriod,
): EvaluationCalendarEntry[] {
  const { evaluationActivities } = parseInput(EvaluationSource, region, 'region');
  const p = parseInput(SchedulePeriod, period, 'period');
  const fromDay = parseIsoDay(p.from);
  const toDay = parseIsoDay(p.to);
  const rows: { start: number; entry: EvaluationCalendarEntry }[] = [];
  evaluationActivities.forEach((activity, i) => {
    const where = { input: 'region', path: ['evaluationActivities', i, 'recurrence'] };
    const r = activity.recurrence;
    if (r.kind === 'every-n-years' && r.variants !== undefined) {
      r.variants.forEach((v, j) => {
        if (!z.safeParse(vocabularyValue(EvaluationKind), v).success) {
          const rule = { code: 'variant-not-evaluation-kind' } as const;
          invalid({ ...where, path: [...where.path, 'variants'] }, j, rule, 'Expected an evaluation kind', v);
        }
      });
    }
    for (const placed of expandPlaced(r, fromDay, toDay, 'overlap')) {
      const start = placed.windowStart ?? placed.day;
      const entry: EvaluationCalendarEntry = {
        activityId: activity.id,
        kind: activity.kind,
        name: activity.name,
        year: placed.cycle,
        window: { start: formatIsoDay(start), end: formatIsoDay(placed.windowEnd ?? placed.day) },
        responsible: activity.responsible,
      };
      if (placed.variant !== undefined) entry.variantKind = placed.variant;
      if (activity.reportsToGroupId !== undefined) entry.reportsToGroupId = activity.reportsToGroupId;
      rows.push({ start, entry });
    }
  });
  rows.sort(
    (a, b) =>
      a.start - b.start ||
      (a.entry.activityId < b.entry.activityId ? -1 : a.entry.activityId > b.entry.activityId ? 1 : 0),
  );
  return rows.map((r) => r.entry);
}
