import * as z from 'zod/mini';
import { Month } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { HOLIDAY_YEARS } from '../schedule/finnishHolidays.js';
import { epochDay, isoWeek, isoWeekYear, startOfIsoWeek } from '../time/calendarDay.js';
import { type CalendarDay, calendarDays } from './calendarDays.js';

/** One row of a month grid: an ISO week, Monday to Sunday. */
export interface CalendarWeek {
  /** ISO 8601 week number, 1–53. */
  readonly isoWeek: number;
  /** The year the week belongs to (that of its Thursday): 2026-W01 starts on 29 December 2025. */
  readonly isoWeekYear: number;
  /** Seven days, Monday first. */
  readonly days: CalendarDay[];
}

/** A month as a calendar shows it: always six weeks of seven days. */
export interface MonthGrid {
  readonly year: number;
  /** 1 = January. */
  readonly month: number;
  readonly weeks: CalendarWeek[];
}

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
  const y = parseInput(GridYear, year, 'year');
  const m = parseInput(Month, month, 'month');
  const first = startOfIsoWeek(epochDay(y, m, 1));
  const days = calendarDays(first, 42, m);
  const weeks: CalendarWeek[] = [];
  for (let row = 0; row < 6; row++) {
    const monday = first + row * 7;
    weeks.push({ isoWeek: isoWeek(monday), isoWeekYear: isoWeekYear(monday), days: days.slice(row * 7, row * 7 + 7) });
  }
  return { year: y, month: m, weeks };
}
