import * as z from 'zod/mini';
import { DateRange, IsoDate } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { addCalendarMonths } from '../time/calendarDay.js';
import { formatIsoDay, parseIsoDay } from '../time/isoFormat.js';
import { modelRule } from '../validation/modelRule.js';

/** A span of work, both ends included; no `end` means open-ended (a permanent post). */
const WorkPeriod = DateRange.check(
  z.refine(
    (period) => period.end === undefined || period.start <= period.end,
    modelRule('period-ends-before-start', 'The period ends before it starts', ['end']),
  ),
);

/**
 * A person's engagement with an organisation, as far as the criminal-record check needs it: paid work
 * (employment, työ- tai virkasuhde) or volunteering (vapaaehtoistoiminta), whether the duties
 * permanently and essentially involve working personally with minors without a guardian present, the
 * periods of work, and the extract (rikostaustaote) shown, if any, with the day it was shown.
 */
export const Engagement = z
  .strictObject({
    kind: z.enum(['employment', 'volunteer']),
    /** The duties permanently and essentially involve personal interaction with minors (504/2002 §2). */
    worksWithMinors: z.boolean(),
    /** The periods of work; needed for employment, where their length decides. */
    periods: z.array(WorkPeriod),
    /** The day the extract shown was issued, if one was shown. */
    extractIssuedOn: z.optional(IsoDate),
    /** The day of the check: when the extract is (or would be) shown. */
    checkedOn: IsoDate,
  })
  .check(
    z.refine(
      (engagement) => engagement.kind !== 'employment' || engagement.periods.length > 0,
      modelRule('employment-needs-period', 'An employment needs at least one period of work', ['periods']),
    ),
    z.refine(
      (engagement) => engagement.extractIssuedOn === undefined || engagement.extractIssuedOn <= engagement.checkedOn,
      modelRule('extract-after-check', 'The extract is dated after the check', ['extractIssuedOn']),
    ),
  );
export type Engagement = z.infer<typeof Engagement>;

/**
 * Why a check is or is not required, as a code a UI translates:
 * - `no-work-with-minors`: the duties do not involve working with minors; no extract may be asked;
 * - `employment-over-three-months`: required (504/2002 §2);
 * - `employment-three-months-or-less`: not required, but the employer may ask (504/2002 §5 b, added
 *   in 2021, HE 4/2021);
 * - `volunteer`: not required, but the organisation may ask (148/2014).
 */
export const BackgroundCheckReason = z.enum([
  'no-work-with-minors',
  'employment-over-three-months',
  'employment-three-months-or-less',
  'volunteer',
]);
export type BackgroundCheckReason = z.infer<typeof BackgroundCheckReason>;

/** The outcome of {@link backgroundCheck}. */
export const BackgroundCheckResult = z.strictObject({
  /** The extract must be shown before the work starts. */
  required: z.boolean(),
  /** The organisation may ask to see an extract (always true when required). */
  mayRequest: z.boolean(),
  reason: BackgroundCheckReason,
  /** Whether the extract shown was at most six months old on `checkedOn`; only when one may be asked. */
  extractValid: z.optional(z.boolean()),
  /** The last day the extract shown could be shown. */
  extractValidUntil: z.optional(IsoDate),
});
export type BackgroundCheckResult = z.infer<typeof BackgroundCheckResult>;

type Span = { start: string; end: string };

/**
 * Whether spans add up to more than three months: their days, overlaps counted once, against the
 * length of the three calendar months from the earliest start (so 1 June – 31 August is not more).
 */
function exceedsThreeMonths(spans: Span[]): boolean {
  const sorted = [...spans].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const first = sorted[0];
  if (first === undefined) return false;
  let days = 0;
  let coveredTo: string | undefined;
  for (const span of sorted) {
    if (coveredTo !== undefined && span.end <= coveredTo) continue;
    const end = parseIsoDay(span.end);
    days +=
      coveredTo !== undefined && span.start <= coveredTo
        ? end - parseIsoDay(coveredTo)
        : end - parseIsoDay(span.start) + 1;
    coveredTo = span.end;
  }
  // Dates are calendar days (epoch days), so no time zone and no summer-time hour can shift a count.
  const start = parseIsoDay(first.start);
  return days > addCalendarMonths(start, 3) - start;
}

/**
 * Whether employment lasts more than three months: in total within some calendar year, or in one
 * continuous period (which also catches, say, November to February). An open-ended period does.
 */
function employmentOverThreeMonths(periods: Engagement['periods']): boolean {
  const spans: Span[] = [];
  for (const period of periods) {
    if (period.end === undefined) return true;
    spans.push({ start: period.start, end: period.end });
  }
  if (spans.some((span) => exceedsThreeMonths([span]))) return true;
  const byYear = new Map<string, Span[]>();
  for (const span of spans) {
    // The year is the first four characters of an ISO date; split each span at the new year.
    for (let year = Number(span.start.slice(0, 4)); year <= Number(span.end.slice(0, 4)); year += 1) {
      const y = String(year).padStart(4, '0');
      const piece = {
        start: span.start > `${y}-01-01` ? span.start : `${y}-01-01`,
        end: span.end < `${y}-12-31` ? span.end : `${y}-12-31`,
      };
      byYear.set(y, [...(byYear.get(y) ?? []), piece]);
    }
  }
  return [...byYear.values()].some(exceedsThreeMonths);
}

/**
 * Whether a criminal-record extract (rikostaustaote) is required of, or may be asked from, a person
 * working with children (001 §17). Employment whose duties essentially involve working with minors
 * requires the extract when it lasts more than three months in total in a calendar year, or more than
 * three months in one continuous period (Act 504/2002 §2); at most three months, the employer may ask
 * but need not (§5 b, since 2021). A volunteer working with minors may be asked to show one but never
 * has to (Act 148/2014). An extract shown must be at most six months old on the day it is shown.
 *
 * @param engagement - the engagement; validated as {@link Engagement}
 * @returns whether the extract is required or may be asked, why, and whether the extract shown is
 *   recent enough (only when one may be asked)
 * @throws {ValidationError} when `engagement` is invalid; the message names the field
 * @example
 * backgroundCheck({
 *   kind: 'employment', worksWithMinors: true,
 *   periods: [{ start: '2026-06-01', end: '2026-08-31' }], checkedOn: '2026-05-20',
 * });
 * // { required: false, mayRequest: true, reason: 'employment-three-months-or-less' }
 * backgroundCheck({
 *   kind: 'employment', worksWithMinors: true, periods: [{ start: '2026-06-01' }],
 *   extractIssuedOn: '2025-12-01', checkedOn: '2026-05-20',
 * });
 * // { required: true, mayRequest: true, reason: 'employment-over-three-months',
 * //   extractValid: true, extractValidUntil: '2026-06-01' }
 */
export function backgroundCheck(engagement: Engagement): BackgroundCheckResult {
  const parsed = parseInput(Engagement, engagement, 'engagement');
  let result: BackgroundCheckResult;
  if (!parsed.worksWithMinors) result = { required: false, mayRequest: false, reason: 'no-work-with-minors' };
  else if (parsed.kind === 'volunteer') result = { required: false, mayRequest: true, reason: 'volunteer' };
  else if (employmentOverThreeMonths(parsed.periods))
    result = { required: true, mayRequest: true, reason: 'employment-over-three-months' };
  else result = { required: false, mayRequest: true, reason: 'employment-three-months-or-less' };

  // An organisation that may not ask for an extract has none to judge.
  if (result.mayRequest && parsed.extractIssuedOn !== undefined) {
    const validUntil = formatIsoDay(addCalendarMonths(parseIsoDay(parsed.extractIssuedOn), 6));
    result.extractValid = parsed.checkedOn <= validUntil;
    result.extractValidUntil = validUntil;
  }
  return result;
}
