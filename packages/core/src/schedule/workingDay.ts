import * as z from 'zod/mini';
import { AnyYearIsoDate } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { HOLIDAY_YEARS, holidayDays } from './finnishHolidays.js';
import type { MoveReason } from './occurrence.js';
import { civilDate, epochDay, isoWeekday } from '../time/calendarDay.js';
import { parseIsoDay } from '../time/isoFormat.js';

const WEEKEND = 1;
const HOLIDAY = 2;
const DAY_OFF = 3;
const REASONS: readonly (MoveReason | undefined)[] = [undefined, 'weekend', 'holiday', 'day-off'];

/** Per year: the first epoch day and a status per day of the year (0 = working day, else a reason code). */
const cache = new Map<number, { start: number; status: Uint8Array }>();
let lastStart = 0;
let lastEnd = -1;
let lastStatus: Uint8Array = new Uint8Array(0);

function yearStatus(year: number): { start: number; status: Uint8Array } {
  let entry = cache.get(year);
  if (entry === undefined) {
    const start = epochDay(year, 1, 1);
    const status = new Uint8Array(epochDay(year + 1, 1, 1) - start);
    for (let i = 0; i < status.length; i++) {
      const weekday = isoWeekday(start + i);
      if (weekday >= 6) status[i] = WEEKEND;
    }
    // A holiday on a weekend reports the holiday; a public holiday wins over a day-off.
    for (const h of holidayDays(year)) {
      const i = h.day - start;
      const code = h.kind === 'public' ? HOLIDAY : DAY_OFF;
      if (status[i] !== HOLIDAY) status[i] = code;
    }
    entry = { start, status };
    cache.set(year, entry);
  }
  return entry;
}

/**
 * Why a day is not a working day in Finland, or `undefined` for a working day. Holidays are cached
 * per year, so a lookup is an array read. A public holiday on a weekend reports `holiday`.
 *
 * @param day - epoch day
 * @returns `weekend`, `holiday`, `day-off` or `undefined`
 * @example
 * nonWorkingReason(epochDay(2026, 6, 19)); // 'day-off' (Midsummer Eve)
 */
export function nonWorkingReason(day: number): MoveReason | undefined {
  if (day < lastStart || day > lastEnd) {
    const { start, status } = yearStatus(civilDate(day)[0]);
    lastStart = start;
    lastEnd = start + status.length - 1;
    lastStatus = status;
  }
  return REASONS[lastStatus[day - lastStart] as number];
}

const HolidayDate = AnyYearIsoDate.check(
  z.refine(
    (date: string) => {
      const year = Number(date.slice(0, 4));
      return year >= HOLIDAY_YEARS.from && year <= HOLIDAY_YEARS.to;
    },
    {
      message: `Expected a year in ${HOLIDAY_YEARS.from}–${HOLIDAY_YEARS.to}`,
      params: { rule: 'year-outside-range', expected: `${HOLIDAY_YEARS.from}–${HOLIDAY_YEARS.to}` },
    },
  ),
);

/**
 * Whether a date is a working day in Finland: Monday to Friday and neither a public holiday nor a
 * customary day off (Midsummer Eve, Christmas Eve), per {@link finnishHolidays}.
 *
 * @param date - `YYYY-MM-DD`, any year 1900–2200
 * @returns true for a working day
 * @throws ValidationError naming `date` when it is not a real calendar date in 1900–2200
 * @example
 * isFinnishWorkingDay('2026-04-03'); // false: Good Friday
 * isFinnishWorkingDay('2026-04-07'); // true
 */
export function isFinnishWorkingDay(date: string): boolean {
  const day = parseIsoDay(parseInput(HolidayDate, date, 'date'));
  return nonWorkingReason(day) === undefined;
}
