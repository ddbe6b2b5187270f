export { isInForce } from './isInForce.js';
export { terminationEndDate } from './terminationEndDate.js';
export { MeetingPlaceCoverageOptions, municipalitiesWithoutMeetingPlace } from './municipalitiesWithoutMeetingPlace.js';
export { invitationRecipients } from './invitationRecipients.js';
export { missingRepresentation } from './missingRepresentation.js';
export { StudentWelfareGroupOptions, studentWelfareGroupGaps } from './studentWelfareGroupGaps.js';
export { BackgroundCheckReason, BackgroundCheckResult, Engagement, backgroundCheck } from './backgroundCheck.js';
export { PersonalDataRecord, personalDataToDelete } from './personalDataToDelete.js';
