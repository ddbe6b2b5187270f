import { epochDay, isoWeek, isoWeekYear, startOfIsoWeek } from '../../time/calendarDay.js';
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

/**
 * The month view of a calendar, for a year and month already known to be valid: six ISO weeks
 * (Monday first) from the week of the 1st, with Finnish holidays named, as the main entry's
 * `monthGrid` describes it (which checks its arguments and then calls this).
 *
 * @param year - a whole year in 1900–2200 (not checked)
 * @param month - 1–12 (not checked)
 * @returns the grid: 6 weeks × 7 days, each week with its ISO week number and week-year
 * @example
 * const grid = monthGrid(2026, 1);
 * grid.weeks[0]; // { isoWeek: 1, isoWeekYear: 2026, days: [{ date: '2025-12-29', inMonth: false, weekday: 1 }, …] }
 * grid.weeks[0].days[3].holiday; // { name: { fi: 'Uudenvuodenpäivä', … }, kind: 'public' } (1 January)
 */
export function monthGrid(year: number, month: number): MonthGrid {
  const first = startOfIsoWeek(epochDay(year, month, 1));
  const days = calendarDays(first, 42, month);
  const weeks: CalendarWeek[] = [];
  for (let row = 0; row < 6; row++) {
    const monday = first + row * 7;
    weeks.push({ isoWeek: isoWeek(monday), isoWeekYear: isoWeekYear(monday), days: days.slice(row * 7, row * 7 + 7) });
  }
  return { year, month, weeks };
}
