import * as z from 'zod/mini';
import type { Id, IsoDate, LocalizedText } from '../model/common.js';
import { EvaluationActivity } from '../model/evaluation.js';
import type { Region } from '../model/region.js';
import { evaluationCalendar } from '../schedule/evaluationCalendar.js';
import { SCHEDULE_YEARS, SchedulePeriod } from '../schedule/period.js';
import { formatIsoDay, parseIsoDay } from '../time/isoFormat.js';
import { parseInput } from '../validation/parseInput.js';

/** One annual report and the day after it when unnecessary personal data is deleted (001 §19). */
export interface PersonalDataDeletion {
  /** The `annual-report` evaluation activity. */
  activityId: Id;
  name: LocalizedText;
  /** The year of the report's task: the year its window starts in. */
  year: number;
  /** The window the report is compiled in. */
  reportWindow: { start: IsoDate; end: IsoDate };
  /**
   * The day the report is compiled by at the latest: the last day of its window. Give it to
   * {@link personalDataToDelete} as its `annualReportDate`.
   */
  annualReportDate: IsoDate;
  /** The day the unnecessary personal data is deleted: the day after `annualReportDate`. */
  deleteOn: IsoDate;
}

/** What {@link personalDataDeletionDates} returns. */
export interface PersonalDataDeletionDates {
  /**
   * The region's evaluation activities of kind `annual-report`. Empty when it has none: then no date
   * can be computed, which is not the same as no deletion being due.
   */
  activityIds: Id[];
  /** The deletions whose `deleteOn` falls in the period, by date. */
  deletions: PersonalDataDeletion[];
}

/** The part of a region the rule reads (the rest is not validated here). */
const DeletionSource = z.looseObject({ evaluationActivities: z.array(EvaluationActivity) });

/** The first day a schedule may cover, as a day number: the calendar cannot be asked about the day before. */
const FIRST_DAY = parseIsoDay(`${SCHEDULE_YEARS.from}-01-01`);

/**
 * The days unnecessary personal data is to be deleted: "after the annual report has been compiled"
 * (001 §19). The report is the region's evaluation activity of kind `annual-report` (in Etelä-Savo
 * January–February, an assumed window); the rule taken here is that the report is compiled by the
 * last day of its window, and the data is deleted the day after. Only the deletions whose day falls
 * in the period are listed, so a report compiled on 31 December gives a date in the next year.
 * Which records go is {@link personalDataToDelete}'s to say, given the deletion's `annualReportDate`.
 *
 * @param region - a region, or any object with its `evaluationActivities`: only they are read and
 *   validated
 * @param period - `{ from, to }`, `YYYY-MM-DD`, inclusive, within 1922–2200
 * @returns the `annual-report` activities (empty when the region has none) and the deletions
 * @throws {ValidationError} when an input is invalid; the message names the field
 * @example
 * const { deletions } = personalDataDeletionDates(etelaSavo, { from: '2026-01-01', to: '2026-12-31' });
 * deletions.map((d) => [d.annualReportDate, d.deleteOn]); // [['2026-02-28', '2026-03-01']]
 * personalDataToDelete(records, deletions[0].annualReportDate); // the ids to delete on 2026-03-01
 */
export function personalDataDeletionDates(
  region: Pick<Region, 'evaluationActivities'>,
  period: SchedulePeriod,
): PersonalDataDeletionDates {
  const { evaluationActivities } = parseInput(DeletionSource, region, 'region');
  const p = parseInput(SchedulePeriod, period, 'period');
  const activityIds = evaluationActivities
    .filter((activity) => activity.kind === 'annual-report')
    .map((activity) => activity.id);
  if (activityIds.length === 0) return { activityIds, deletions: [] };
  const fromDay = parseIsoDay(p.from);
  // A report whose window ends the day before `from` is deleted on `from`.
  const asked = { from: formatIsoDay(Math.max(FIRST_DAY, fromDay - 1)), to: p.to };
  const deletions: PersonalDataDeletion[] = [];
  for (const entry of evaluationCalendar({ evaluationActivities }, asked)) {
    if (!activityIds.includes(entry.activityId)) continue;
    const deleteOn = formatIsoDay(parseIsoDay(entry.window.end) + 1);
    if (deleteOn < p.from || deleteOn > p.to) continue;
    deletions.push({
      activityId: entry.activityId,
      name: entry.name,
      year: entry.year,
      reportWindow: entry.window,
      annualReportDate: entry.window.end,
      deleteOn,
    });
  }
  deletions.sort((a, b) => (a.deleteOn < b.deleteOn ? -1 : a.deleteOn > b.deleteOn ? 1 : 0));
  return { activityIds, deletions };
}
