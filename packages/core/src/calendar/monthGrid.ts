import * as z from 'zod/mini';
import { Month } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { HOLIDAY_YEARS } from '../schedule/finnishHolidays.js';
import { type MonthGrid, monthGrid as trustedMonthGrid } from './trusted/monthGrid.js';

export type { CalendarWeek, MonthGrid } from './trusted/monthGrid.js';

const GridYear = z.int().check(z.gte(HOLIDAY_YEARS.from), z.lte(HOLIDAY_YEARS.to));

/**
 * The month view of a calendar: six ISO weeks (Monday first) starting with the week of the 1st, so
 * the grid has the same height in every month; days of the neighbouring months fill the rows with
 * `inMonth: false`. Finnish holidays and days off carry their names (see `finnishHolidays`); days
 * in 1899 or 2201 that fill the first or last grid have none.
 *
 * @param year - 1900–2200
 * @param month - 1–12
 * @returns the grid: 6 weeks × 7 days, each week with its ISO week number and week-year
 * @throws ValidationError naming `year` or `month` when out of range
 * @example
 * const grid = monthGrid(2026, 1);
 * grid.weeks[0]; // { isoWeek: 1, isoWeekYear: 2026, days: [{ date: '2025-12-29', inMonth: false, weekday: 1 }, …] }
 * grid.weeks[0].days[3].holiday; // { name: { fi: 'Uudenvuodenpäivä', … }, kind: 'public' } (1 January)
 */
export function monthGrid(year: number, month: number): MonthGrid {
  return trustedMonthGrid(parseInput(GridYear, year, 'year'), parseInput(Month, month, 'month'));
}
