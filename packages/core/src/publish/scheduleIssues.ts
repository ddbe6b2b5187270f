import type * as z from 'zod/mini';
import type { Region } from '../model/region.js';
import { formatPath, ValidationError } from '../validation/parseInput.js';
import { evaluationCalendar } from '../schedule/evaluationCalendar.js';
import { expandCadence } from '../schedule/expandCadence.js';
import { SCHEDULE_YEARS } from '../schedule/period.js';
import { type DataIssue } from '../validation/dataIssue.js';
import { locate } from '../validation/dataIssues.js';
import { preview, valueAt } from '../validation/issueValues.js';

/**
 * A cadence the schedule engine could not expand: where (`path` is the cadence, `groups[2].cadence`
 * or `evaluationActivities[0].recurrence`), over which period, and what it said. A {@link DataIssue}.
 */
export interface ScheduleIssue extends DataIssue {
  readonly code: 'unschedulable';
  /** The period that was tried, `YYYY-MM-DD`, inclusive. */
  readonly period: { readonly from: string; readonly to: string };
  /** The engine's zod issues, each with its path from the region. */
  readonly issues: z.core.$ZodIssue[];
  /**
   * The same refusal at each field the engine named (the cadence itself when it named none), with the
   * value found there: what a user interface shows, with `dataIssueMessage`.
   */
  readonly causes: readonly DataIssue[];
  /** An English sentence for logs. */
  readonly message: string;
}

const clampYear = (year: number) => Math.min(SCHEDULE_YEARS.to, Math.max(SCHEDULE_YEARS.from, year));

/** The agreements' whole span (an open end reaching the year after today's), else today's year and next. */
function checkPeriod(region: Pick<Region, 'agreements'>, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  let from = clampYear(year);
  let to = clampYear(year + 1);
  if (region.agreements.length > 0) {
    const starts = region.agreements.map((a) => Number(a.period.start.slice(0, 4)));
    const ends = region.agreements.map((a) =>
      a.period.end === undefined
        ? Math.max(year, Number(a.period.start.slice(0, 4))) + 1
        : Number(a.period.end.slice(0, 4)),
    );
    from = clampYear(Math.min(...starts));
    to = clampYear(Math.max(...ends));
  }
  return { from: `${from}-01-01`, to: `${to}-12-31` };
}

/**
 * Tries to schedule every group's cadence and every evaluation activity's recurrence, over the
 * agreements' period (an open-ended agreement up to the end of the year after `today`), or this year
 * and next when the region has no agreement, and reports each that the schedule engine refuses. The
 * `Cadence` schema already refuses the cases the library knows (too many meetings for the months
 * left, `inPersonAt` beyond the meetings); this catches what only expanding shows, such as an
 * alternating recurrence whose `variants` are not evaluation kinds, so that `perhekeskus validate`
 * fails on every file a later `schedule`, `ics` or `publish` would fail on.
 *
 * @param region - a parsed region
 * @param options - `today`: `YYYY-MM-DD`, the day the check is made
 * @returns one issue per cadence that cannot be scheduled, groups first; empty when all can be
 * @example
 * scheduleIssues(etelaSavo, { today: '2026-01-01' }); // []
 */
export function scheduleIssues(
  region: Pick<Region, 'groups' | 'evaluationActivities' | 'agreements'>,
  options: { today: string },
): ScheduleIssue[] {
  const period = checkPeriod(region, options.today);
  const found: ScheduleIssue[] = [];
  const attempt = (path: PropertyKey[], run: () => unknown, rebase: (issuePath: PropertyKey[]) => PropertyKey[]) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const issues = error.issues.map((issue) => ({ ...issue, path: rebase(issue.path) }) as z.core.$ZodIssue);
      const where = formatPath(path);
      const paths = issues.length > 0 ? issues.map((issue) => issue.path) : [path];
      const causes = paths.map((issuePath) => {
        const keys = issuePath.filter((key): key is string | number => typeof key !== 'symbol');
        const received = preview(valueAt(region, keys).value);
        return {
          ...locate(keys, region),
          code: 'unschedulable' as const,
          period,
          ...(received === undefined ? {} : { received }),
        };
      });
      found.push({
        ...locate(path as (string | number)[], region),
        code: 'unschedulable',
        period,
        issues,
        causes,
        message: `${where} cannot be scheduled from ${period.from} to ${period.to}: ${error.message}`,
      });
    }
  };
  region.groups.forEach((group, i) => {
    const cadence = group.cadence;
    if (cadence === undefined) return;
    const path = ['groups', i, 'cadence'];
    // expandCadence names paths from the cadence (`cadence.times`).
    attempt(
      path,
      () => expandCadence(cadence, period),
      (p) => [...path, ...p],
    );
  });
  region.evaluationActivities.forEach((activity, i) => {
    const path = ['evaluationActivities', i, 'recurrence'];
    // evaluationCalendar names paths from its input, here a region of this one activity.
    attempt(
      path,
      () => evaluationCalendar({ evaluationActivities: [activity] }, period),
      (p) => (p[0] === 'evaluationActivities' ? ['evaluationActivities', i, ...p.slice(2)] : p),
    );
  });
  return found;
}
