export {
  Agreement,
  BackgroundDocument,
  Decision,
  DecisionOutcome,
  Notice,
  Signature,
  TerminationRule,
} from './agreement.js';
export {
  Cadence,
  CadenceWindow,
  EveryNYearsCadence,
  MonthlyCadence,
  TimesPerYearCadence,
  timesPerYearDays,
  WindowsCadence,
} from './cadence.js';
export {
  ContentLanguage,
  Coordinates,
  CustomKind,
  DateRange,
  FreeText,
  Id,
  IsoDate,
  LanguageCode,
  Locale,
  LocalizedText,
  LocalTime,
  MeetingMode,
  MeetingModes,
  Month,
  MonthWindow,
  MunicipalityCode,
  NonEmptyText,
  SourceRef,
  TrilingualText,
  Weekday,
  Year,
} from './common.js';
export type { DisplayText } from './displayText.js';
export {
  accessibilityFeatureValues,
  audienceValues,
  contentLanguageValues,
  localeValues,
  meetingModeValues,
  offeringValues,
  partyKindValues,
  roleValues,
} from './enumValues.js';
export { displayText } from './displayText.js';
export { EvaluationActivity, EvaluationKind } from './evaluation.js';
export { Group, GroupKind, GroupLevel, ReportingDuty, ReportingTiming, StartOfPeriodTask } from './group.js';
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
export { meetingModes } from './meetingModes.js';
export { municipalityFromReference } from './municipalityFromReference.js';
export { Party, PartyKind } from './party.js';
export { MemberCategory, Person, Role, RoleAssignment } from './person.js';
export { GroupRotation, RotatingDuty } from './rotation.js';
export { FamilyCentreArea, Municipality, WellbeingCounty } from './place.js';
export type { RegionInput } from './region.js';
export { DigitalService, MeetingPlaceList, Region, RegionMunicipality, Vocabulary, VocabularyTerm } from './region.js';
export { termLabel } from './termLabel.js';
export type { VocabularyKind } from './vocabularyLabel.js';
export { vocabularyLabel } from './vocabularyLabel.js';
export { YearClock, YearClockEntry } from './year-clock.js';
