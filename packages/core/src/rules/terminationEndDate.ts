import { Agreement } from '../model/agreement.js';
import { IsoDate } from '../model/common.js';
import { parseInput, ValidationError } from '../validation/parseInput.js';
import { addCalendarMonths, epochDay } from '../time/calendarDay.js';
import { formatIsoDay, parseIsoDay } from '../time/isoFormat.js';
import { terminationRule } from './terminationRule.js';
import { modelRule } from '../validation/modelRule.js';
import { type RuleIssueCode } from '../validation/issueCodes.js';

function invalid(rule: RuleIssueCode, message: string, path: PropertyKey[], input: unknown, name: string): never {
  throw new ValidationError([{ code: 'custom', path, input, ...modelRule(rule, message) }], name);
}

/**
 * The last day of an agreement (or of a party's part in it) after notice (irtisanominen, termination)
 * is given on `noticeDate`, by the agreement's termination rule (`termination`):
 * - `year-end`: notice given by the year's `deadline` (`MM-DD`) ends it at the end of the year
 *   `yearsAfter` years later (0: that same year); later notice ends it one year later still. Etelä-Savo's
 *   001 §21 is `{ kind: 'year-end', deadline: '06-30' }`. A deadline such as `02-29` that some years
 *   lack means the end of February in those years.
 * - `notice-period`: it ends `months` calendar months after the notice (31 August + 6 months is
 *   28 or 29 February).
 *
 * Notice given before the period starts counts towards the period's first year (by that year's
 * deadline, or from the period's first day). The agreement never
 * runs past its period, so a later end gives `period.end`; an agreement until further notice has
 * no such limit.
 * @param agreement - the agreement; validated as {@link Agreement}
 * @param noticeDate - the day notice is given, `YYYY-MM-DD`; not after `agreement.period.end`
 * @returns the last day, `YYYY-MM-DD`
 * @throws {ValidationError} when an input is invalid, when the agreement states no termination rule,
 *   or when `noticeDate` is after the period has ended (nothing is left to terminate)
 * @example
 * // Period 2026-01-01 – 2029-12-31, termination { kind: 'year-end', deadline: '06-30' } (001 §21).
 * terminationEndDate(agreement, '2027-06-30'); // '2027-12-31'
 * terminationEndDate(agreement, '2027-07-01'); // '2028-12-31'
 * terminationEndDate(agreement, '2029-08-15'); // '2029-12-31': the period ends first
 */
export function terminationEndDate(agreement: Agreement, noticeDate: string): string {
  const parsed = parseInput(Agreement, agreement, 'agreement');
  const notice = parseInput(IsoDate, noticeDate, 'noticeDate');
  const { start, end } = parsed.period;
  const rule = terminationRule(parsed);
  if (rule === undefined) invalid('no-termination-rule', 'The agreement states no termination rule', ['termination'], undefined, 'agreement');
  if (end !== undefined && notice > end) {
    invalid(
      'notice-after-period',
      `Notice is after the agreement period ended (${end}); nothing is left to terminate`,
      [],
      notice,
      'noticeDate',
    );
  }
  // `YYYY-MM-DD` strings of fixed width order like the days they name.
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings, which Math.max would turn into NaN
  const from = notice < start ? start : notice;
  let last: string;
  if (rule.kind === 'year-end') {
    const year = Number(from.slice(0, 4));
    // Compared as strings, so an impossible deadline day (02-30) still sorts as the end of February.
    const late = notice > `${from.slice(0, 4)}-${rule.deadline}`;
    last = formatIsoDay(epochDay(year + (rule.yearsAfter ?? 0) + (late ? 1 : 0), 12, 31));
  } else {
    last = formatIsoDay(addCalendarMonths(parseIsoDay(from), rule.months));
  }
  return end !== undefined && end < last ? end : last;
}
