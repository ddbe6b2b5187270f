import * as z from 'zod/mini';
import { AnyYearIsoDate, type IsoDate } from '../model/common.js';
import { parseInput, ValidationError } from '../validation/parseInput.js';
import { civilDate } from '../time/calendarDay.js';
import { formatIsoDay } from '../time/isoFormat.js';
import { modelRule } from '../validation/modelRule.js';
import { shiftedDay } from './trusted/shiftDate.js';

/** How far {@link shiftDate} moves a date; each part may be negative. */
export const DateShift = z.strictObject({
  days: z.optional(z.int().check(z.gte(-3_000_000), z.lte(3_000_000))),
  weeks: z.optional(z.int().check(z.gte(-500_000), z.lte(500_000))),
  months: z.optional(z.int().check(z.gte(-120_000), z.lte(120_000))),
});
export type DateShift = z.infer<typeof DateShift>;

/**
 * Moves a date by months, then weeks and days, as a calendar's keyboard and buttons do (arrow keys
 * a day or a week, Page Up/Down a month). A month step keeps the day of the month or ends at a
 * shorter month's last day: 31 January plus one month is 28 February (29 in a leap year).
 *
 * @param date - `YYYY-MM-DD`
 * @param shift - `{ days?, weeks?, months? }`, whole numbers, negative to go back
 * @returns the new date, `YYYY-MM-DD`
 * @throws ValidationError naming `date` or `shift` when invalid, or when the result leaves the years 0000–9999
 * @example
 * shiftDate('2026-01-31', { months: 1 }); // '2026-02-28'
 * shiftDate('2026-03-10', { weeks: -1, days: 1 }); // '2026-03-04'
 */
export function shiftDate(date: IsoDate, shift: DateShift): IsoDate {
  const d = parseInput(AnyYearIsoDate, date, 'date');
  const result = shiftedDay(d, parseInput(DateShift, shift, 'shift'));
  const [year] = civilDate(result);
  if (year < 0 || year > 9999) {
    throw new ValidationError(
      [
        {
          code: 'custom',
          path: [],
          input: shift,
          ...modelRule('result-outside-years', 'The result is outside the years 0000–9999'),
        },
      ],
      'shift',
    );
  }
  return formatIsoDay(result);
}
