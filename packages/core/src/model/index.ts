export { Agreement, BackgroundDocument, Decision, DecisionOutcome, Signature } from './agreement.js';
export {
  Cadence,
  CadenceWindow,
  EveryNYearsCadence,
  MonthlyCadence,
  TimesPerYearCadence,
  WindowsCadence,
} from './cadence.js';
export {
  Coordinates,
  DateRange,
  Id,
  IsoDate,
  LanguageCode,
  Locale,
  LocalizedText,
  LocalTime,
  MeetingMode,
  Month,
  MonthWindow,
  MunicipalityCode,
  SourceRef,
  TrilingualText,
  Weekday,
} from './common.js';
export { EvaluationActivity, EvaluationKind } from './evaluation.js';
export { Group, GroupKind, GroupLevel, ReportingDuty } from './group.js';
export type { LabelKind, LabelValue } from './labels.js';
export { label, labels } from './labels.js';
export {
  accessibilityFeatureLabels,
  activityWeeksLabels,
  audienceLabels,
  cadenceKindLabels,
  decisionOutcomeLabels,
  digitalServiceAudienceLabels,
  evaluationKindLabels,
  groupKindLabels,
  groupLevelLabels,
  localeLabels,
  meetingModeLabels,
  memberCategoryLabels,
  offeringLabels,
  partyKindLabels,
  partyListLabels,
  roleLabels,
  signatureMethodLabels,
} from './labelTables.js';
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
export { Party, PartyKind } from './party.js';
export { MemberCategory, Person, Role, RoleAssignment } from './person.js';
export { FamilyCentreArea, Municipality, WellbeingCounty } from './place.js';
export { DigitalService, MeetingPlaceList, Region } from './region.js';
export { formatPath, parseInput, ValidationError } from './validation.js';
export { YearClock, YearClockEntry } from './year-clock.js';
