export {
  Coordinates,
  DateRange,
  Id,
  IsoDate,
  LanguageCode,
  LocalTime,
  Locale,
  LocalizedText,
  MeetingMode,
  Month,
  MonthWindow,
  MunicipalityCode,
  SourceRef,
  TrilingualText,
  Weekday,
} from './common.js';
export {
  Cadence,
  CadenceWindow,
  EveryNYearsCadence,
  MonthlyCadence,
  TimesPerYearCadence,
  WindowsCadence,
} from './cadence.js';
export { FamilyCentreArea, Municipality, WellbeingCounty } from './place.js';
export { Party, PartyKind } from './party.js';
export { MemberCategory, Person, Role, RoleAssignment } from './person.js';
export { Agreement, BackgroundDocument, Decision, DecisionOutcome, Signature } from './agreement.js';
export { Group, GroupKind, GroupLevel, ReportingDuty } from './group.js';
export { EvaluationActivity, EvaluationKind } from './evaluation.js';
export { YearClock, YearClockEntry } from './year-clock.js';
export {
  AccessibilityFeature,
  Audience,
  HoursException,
  MeetingPlace,
  Offering,
  PlaceContact,
  PlaceEvaluation,
  WeeklyActivity,
} from './meeting-place.js';
export { DigitalService, MeetingPlaceList, Region } from './region.js';
export { ValidationError, formatPath, parseInput } from './validation.js';
