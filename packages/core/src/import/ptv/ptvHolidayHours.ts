import type { HoursException } from '../../model/meeting-place.js';
import { at, type PtvContext, preview, report } from './ptvContext.js';
import { ptvDatedExceptions } from './ptvExceptionalHours.js';
import { PTV_HOLIDAY_NAMES, ptvHolidayDate } from './ptvHolidayDate.js';

/**
 * Maps named holiday hours (v12: a service hour with `holiday: 'MidsummerEve'`, closed or with an
 * opening) to dated exceptions. Our exceptions are dated while PTV's holiday hours recur every year, so
 * they are dated for `options.holidayYears` only; without years they are reported (`holiday-not-dated`).
 *
 * @param ctx - the channel being read
 * @param entry - the parsed service hour
 * @param index - its index in `serviceHours`
 * @returns one exception per year
 * @example
 * // With holidayYears [2026]:
 * ptvHolidayHours(ctx, { holiday: 'MidsummerEve', isClosed: true }, 3);
 * // [{ date: '2026-06-19', closed: true }]
 */
export function ptvHolidayHours(ctx: PtvContext, entry: Record<string, unknown>, index: number): HoursException[] {
  const path = at('serviceHours', index);
  const name = entry['holiday'];
  if (typeof name !== 'string' || !PTV_HOLIDAY_NAMES.includes(name)) {
    report(
      ctx,
      at(path, 'holiday'),
      'invalid-value',
      `Holiday hours left out: ${preview(name)} is not a PTV holiday name`,
      false,
      name,
    );
    return [];
  }
  if (ctx.holidayYears.length === 0) {
    report(
      ctx,
      path,
      'holiday-not-dated',
      `Holiday hours for ${name} recur yearly but our exceptions are dated; pass options.holidayYears to date them`,
      false,
      name,
    );
    return [];
  }
  const days = ctx.holidayYears.map((year) => ptvHolidayDate(name, year)!);
  return ptvDatedExceptions(ctx, entry, path, days);
}
