/**
 * `@perhekeskus/core/etela-savo`: the built-in Etelä-Savo region and its named pieces. Kept apart
 * from the main entry so that users who bring their own region never download this data.
 */

export { agreements as etelaSavoAgreements } from './data/etela-savo/agreements.js';
export { eloisa } from './data/etela-savo/county.js';
export { digitalServices as etelaSavoDigitalServices } from './data/etela-savo/digital-services.js';
export { evaluationActivities as etelaSavoEvaluationActivities } from './data/etela-savo/evaluation.js';
export { groups as etelaSavoGroups } from './data/etela-savo/groups.js';
export { meetingPlaces as etelaSavoMeetingPlaces } from './data/etela-savo/meeting-places.js';
export {
  familyCentreAreas as etelaSavoAreas,
  municipalities as etelaSavoMunicipalities,
} from './data/etela-savo/municipalities.js';
export { parties as etelaSavoParties } from './data/etela-savo/parties.js';
export { people as etelaSavoPeople, roleAssignments as etelaSavoRoleAssignments } from './data/etela-savo/people.js';
export { etelaSavo } from './data/etela-savo/region.js';
export { type SeedDocument, seedDocuments } from './data/etela-savo/sources.js';
export { relationshipSupportYearClock } from './data/etela-savo/year-clock.js';
