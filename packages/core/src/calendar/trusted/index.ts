/**
 * The calendar and year-clock functions of `@perhekeskus/core/trusted`: month and week grids,
 * keyboard date steps, day and agenda grouping and the year clock's geometry, the same as the main
 * entry's, by the same names and with the same results on valid input, without argument checks and
 * without zod.
 */
export { type AgendaDay, type AgendaGroups, agendaGroups } from './agendaGroups.js';
export type { CalendarDay, DayHoliday } from './calendarDays.js';
export { entriesInRange } from './entriesInRange.js';
export { groupEntriesByDay } from './groupEntriesByDay.js';
export { type CalendarWeek, type MonthGrid, monthGrid } from './monthGrid.js';
export { shiftDate } from './shiftDate.js';
export { weekDays } from './weekDays.js';
export {
  type YearClockArc,
  type YearClockLayout,
  type YearClockMonth,
  type YearClockRingLayout,
  yearClockLayout,
} from './yearClockLayout.js';
