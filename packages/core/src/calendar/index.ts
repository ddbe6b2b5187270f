/**
 * The browser-free logic behind `<pk-calendar>` and `<pk-year-clock>`: month and week grids with
 * ISO weeks and Finnish holidays, keyboard date steps, the calendar entry model and its JSON format
 * with row-by-row validation into coded issues (`checkCalendarEntries`), converters from schedules, meeting
 * places and the evaluation calendar, day and agenda grouping in Helsinki time, and the geometry of an
 * SVG year clock (vuosikello). No side effects on import.
 */
export { type AgendaDay, type AgendaGroups, agendaGroups } from './agendaGroups.js';
export type { CalendarDay, DayHoliday } from './trusted/calendarDays.js';
export {
  AudienceAge,
  CalendarEntry,
  CalendarEntryKind,
  CalendarEntryList,
  EntryKeyword,
  EntryOffer,
  EntrySource,
} from './calendarEntry.js';
export { type CalendarEntryCheck, checkCalendarEntries } from './checkCalendarEntries.js';
export { entriesFromEvaluationCalendar } from './entriesFromEvaluationCalendar.js';
export { entriesFromOccurrences } from './entriesFromOccurrences.js';
export { entriesFromPlace } from './entriesFromPlace.js';
export { DayRange, entriesInRange } from './entriesInRange.js';
export { groupEntriesByDay } from './groupEntriesByDay.js';
export { type CalendarWeek, type MonthGrid, monthGrid } from './monthGrid.js';
export { DateShift, shiftDate } from './shiftDate.js';
export { weekDays } from './weekDays.js';
export {
  type YearClockArc,
  type YearClockLayout,
  YearClockLayoutOptions,
  type YearClockMonth,
  type YearClockRingLayout,
  yearClockLayout,
} from './yearClockLayout.js';
export { YearClockRing, YearClockRingEntry, YearClockRings } from './yearClockRing.js';
export { yearClockRingsFromEvaluation } from './yearClockRingsFromEvaluation.js';
export { yearClockRingsFromGroups } from './yearClockRingsFromGroups.js';
export { yearClockRingsFromOccurrences } from './yearClockRingsFromOccurrences.js';
export { yearClockRingsFromAgendas } from './yearClockRingsFromAgendas.js';
export { YearClockRingOptions, yearClockRingsFromYearClock } from './yearClockRingsFromYearClock.js';
