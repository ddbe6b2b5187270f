export { CADENCE_DEFAULTS } from './defaults.js';
export { EvaluationCalendarEntry, evaluationCalendar } from './evaluationCalendar.js';
export { expandCadence } from './expandCadence.js';
export { finnishHolidays, HOLIDAY_YEARS, Holiday, HolidayKind } from './finnishHolidays.js';
export { GroupOccurrence, MoveReason, Occurrence, ZonedDateTime } from './occurrence.js';
export { SCHEDULE_YEARS, SchedulePeriod, ScheduleQuery } from './period.js';
export { scheduleFor } from './scheduleFor.js';
export { isFinnishWorkingDay } from './workingDay.js';
export { yearClockEntries } from './yearClockEntries.js';
