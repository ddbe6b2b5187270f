export { agreementStatus } from './agreementStatus.js';
export type {
  AgreementEntry,
  AgreementPartyState,
  AgreementPartyStatus,
  AgreementStatus,
  AgreementStatusSource,
  StatusAgreement,
  StatusDecision,
  StatusSignature,
} from './trusted/agreementStatus.js';
export { BackgroundCheckReason, BackgroundCheckResult, backgroundCheck, Engagement } from './backgroundCheck.js';
export { entryIntoForce } from './entryIntoForce.js';
export { groupMembers } from './groupMembers.js';
export { type GroupParticipant, participantName } from './groupParticipant.js';
export { GroupRoleQuery, groupRoleHolder } from './groupRoleHolder.js';
export { InvitationListQuery, invitationList } from './invitationList.js';
export { invitationRecipients } from './invitationRecipients.js';
export { isInForce } from './isInForce.js';
export type { MeetingPlaceCoverage } from './meetingPlaceCoverage.js';
export { meetingPlaceCoverage } from './meetingPlaceCoverage.js';
export type {
  MeetingPlaceEvaluationDue,
  MeetingPlaceEvaluationKind,
  MeetingPlaceEvaluationsDue,
} from './meetingPlaceEvaluationsDue.js';
export { meetingPlaceEvaluationsDue } from './meetingPlaceEvaluationsDue.js';
export {
  type MeetingAgenda,
  type MeetingAgendaItem,
  type MeetingAgendaItemKind,
  MeetingAgendaQuery,
  meetingAgendas,
} from './meetingAgendas.js';
export { missingRepresentation } from './missingRepresentation.js';
export { MeetingPlaceCoverageOptions, municipalitiesWithoutMeetingPlace } from './municipalitiesWithoutMeetingPlace.js';
export { partiesOn } from './partiesOn.js';
export type { PersonalDataDeletion, PersonalDataDeletionDates } from './personalDataDeletionDates.js';
export { personalDataDeletionDates } from './personalDataDeletionDates.js';
export { PersonalDataRecord, personalDataToDelete } from './personalDataToDelete.js';
export type { ReferenceIssue, ReferenceIssueCode } from './regionReferenceIssues.js';
export { regionReferenceIssues } from './regionReferenceIssues.js';
export { StudentWelfareGroupOptions, studentWelfareGroupGaps } from './studentWelfareGroupGaps.js';
export { terminationEndDate } from './terminationEndDate.js';
export { terminationRule } from './terminationRule.js';
