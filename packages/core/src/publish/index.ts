// Published files: what `perhekeskus publish` writes beside the embed folder, their schemas, and the
// checks `perhekeskus validate` runs so that nothing it accepts fails later.
export { actionPlanFile } from './actionPlanFile.js';
export { agreementsFile } from './agreementsFile.js';
export { evaluationFile } from './evaluationFile.js';
export { groupCalendarFile } from './groupCalendarFile.js';
export {
  type PlaceMunicipalityIssue,
  type PlaceMunicipalityIssueCode,
  placeMunicipalityIssues,
} from './placeMunicipalityIssues.js';
export { placesFile } from './placesFile.js';
export { type PublishedFileSchema, publishedFileSchema } from './publishedFileSchema.js';
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
