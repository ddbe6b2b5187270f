import { Agreement } from '../model/agreement.js';
import { IsoDate } from '../model/common.js';
import { parseInput, ValidationError } from '../model/validation.js';
import { epochDay } from '../schedule/time/calendarDay.js';
import { formatIsoDay } from '../schedule/time/isoFormat.js';

/** The notice deadline when the agreement states none: the end of June (001 §21). */
const DEFAULT_NOTICE_DEADLINE = '06-30';

/**
 * The last day of an agreement after a party gives notice (irtisanominen, termination) on
 * `noticeDate`: notice given by the year's deadline (`agreement.noticeDeadline`, `MM-DD`, by default
 * `06-30`) ends the agreement at the end of that calendar year; later notice ends it at the end of the
 * next year (001 §21). The agreement never runs past its period, so a later year end gives
 * `period.end`.
 *
 * Notice given before the period starts counts towards the period's first year: it ends the agreement
 * at the end of that year if given by that year's deadline, else at the end of the next. A deadline
 * such as `02-29` or `02-30` that some years lack means the end of February in those years.
 *
 * @param agreement - the agreement; validated as {@link Agreement}
 * @param noticeDate - the day notice is given, `YYYY-MM-DD`; not after `agreement.period.end`
 * @returns the agreement's last day, `YYYY-MM-DD`: a 31 December, or `period.end` when that is sooner
 * @throws {ValidationError} when an input is invalid, or when `noticeDate` is after the period has
 *   ended (nothing is left to terminate); the message names the field
 * @example
 * // Period 2026-01-01 – 2029-12-31, no noticeDeadline (so 30 June).
 * terminationEndDate(agreement, '2027-06-30'); // '2027-12-31'
 * terminationEndDate(agreement, '2027-07-01'); // '2028-12-31'
 * terminationEndDate(agreement, '2029-08-15'); // '2029-12-31': the period ends first
 */
export function terminationEndDate(agreement: Agreement, noticeDate: string): string {
  const parsed = parseInput(Agreement, agreement, 'agreement');
  const notice = parseInput(IsoDate, noticeDate, 'noticeDate');
  const { start, end } = parsed.period;
  if (notice > end) {
    throw new ValidationError(
      [
        {
          code: 'custom',
          path: [],
          input: notice,
          message: `Notice is after the agreement period ended (${end}); nothing is left to terminate`,
        },
      ],
      'noticeDate',
    );
  }
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings, which Math.max would turn into NaN
  const from = notice < start ? start : notice;
  const deadline = `${from.slice(0, 4)}-${parsed.noticeDeadline ?? DEFAULT_NOTICE_DEADLINE}`;
  // Compared as strings, so an impossible deadline day (02-30) still sorts as the end of February.
  const late = notice > deadline;
  const yearEnd = formatIsoDay(epochDay(Number(from.slice(0, 4)) + (late ? 1 : 0), 12, 31));
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings, which Math.min would turn into NaN
  return yearEnd < end ? yearEnd : end;
}
