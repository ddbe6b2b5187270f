export { CADENCE_DEFAULTS } from './defaults.js';
export { EvaluationCalendarEntry, evaluationCalendar } from './evaluationCalendar.js';
export { expandCadence } from './expandCadence.js';
export { finnishHolidays, HOLIDAY_YEARS, Holiday, HolidayKind } from './finnishHolidays.js';
export {
  type HolderChoices,
  type HolderMeeting,
  HolderQuery,
  holderChoices,
  holderSchedule,
} from './holderSchedule.js';
export {
  type HolderDuties,
  type HolderSource,
  type MeetingDuty,
  type MeetingHolder,
  meetingHolders,
} from './meetingHolders.js';
export { GroupOccurrence, MoveReason, Occurrence, RotationTurn } from './occurrence.js';
export { SCHEDULE_YEARS, SchedulePeriod, ScheduleQuery } from './period.js';
export { type ScheduleSource, scheduleFor } from './scheduleFor.js';
export { type UpcomingOpening, type UpcomingOpeningsOptions, upcomingOpenings } from './upcomingOpenings.js';
export { isFinnishWorkingDay } from './workingDay.js';
export { yearClockEntries } from './yearClockEntries.js';
