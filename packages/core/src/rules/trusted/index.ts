/**
 * The agreement functions of `@perhekeskus/core/trusted`: the same as the main entry's, by the same
 * names and with the same results on valid input, without argument checks and without zod.
 */
export {
  type AgreementEntry,
  type AgreementPartyState,
  type AgreementPartyStatus,
  type AgreementStatus,
  type AgreementStatusSource,
  agreementStatus,
  type StatusAgreement,
  type StatusDecision,
  type StatusSignature,
} from './agreementStatus.js';
export { type EntryAgreement, entryIntoForce } from './entryIntoForce.js';
