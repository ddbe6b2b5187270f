// Published files: what `perhekeskus publish` writes beside the embed folder, their schemas, and the
// checks `perhekeskus validate` runs so that nothing it accepts fails later.
export { actionPlanFile } from './actionPlanFile.js';
export { agreementsFile } from './agreementsFile.js';
export { escapeHtml } from './escapeHtml.js';
export { evaluationFile } from './evaluationFile.js';
export { FragmentOptions } from './fragmentOptions.js';
export { FRAGMENT_STYLESHEET } from './fragmentStylesheet.js';
export { groupCalendarFile } from './groupCalendarFile.js';
export { MeetingsFragmentGroup, MeetingsFragmentOptions, meetingsFragment } from './meetingsFragment.js';
export {
  type PlaceMunicipalityIssue,
  type PlaceMunicipalityIssueCode,
  placeMunicipalityIssues,
} from './placeMunicipalityIssues.js';
export { placesFile } from './placesFile.js';
export { placesFragment } from './placesFragment.js';
export { type PublishedFileSchema, publishedFileSchema } from './publishedFileSchema.js';
export { publishedFileText } from './publishedFileText.js';
export {
  PUBLISH_FORMAT_VERSION,
  PUBLISHED_SCHEMA_BASE,
  PublishedActionPlan,
  PublishedAgreement,
  PublishedAgreements,
  PublishedContact,
  PublishedDecision,
  PublishedFile,
  PublishedFileKind,
  type PublishedJsonFileKind,
  PublishedMunicipality,
  PublishedOrganiser,
  PublishedPlace,
  PublishedPlaces,
  PublishedSignature,
  PublishedYearClock,
  PublishManifest,
} from './publishedSchemas.js';
export { type PublishedFileData, PublishOptions, publishRegion } from './publishRegion.js';
export { publishYears } from './publishYears.js';
export { regionCalendarFile } from './regionCalendarFile.js';
export { type ScheduleIssue, scheduleIssues } from './scheduleIssues.js';
export { yearClockFile } from './yearClockFile.js';
export { yearClockFragment } from './yearClockFragment.js';
