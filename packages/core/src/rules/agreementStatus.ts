import * as z from 'zod/mini';
import { Agreement } from '../model/agreement.js';
import { Id, IsoDate } from '../model/common.js';
import { Party } from '../model/party.js';
import { parseInput, ValidationError } from '../validation/parseInput.js';
import { type AgreementStatus, agreementStatus as trustedAgreementStatus } from './trusted/agreementStatus.js';

/** The part of a region the status reads: its agreements and its parties (for their names). */
const StatusSource = z.looseObject({ agreements: z.array(Agreement), parties: z.array(Party) });

/**
 * Who has approved, signed, declined or is still to act on a cooperation agreement on a day, and when
 * it enters into force (sopimuksen hyväksyntä- ja allekirjoitustilanne). For each listed party: its
 * decisions made by `on` (body, date, §, case number, outcome; oldest first), the post authorised to
 * sign, its signature (signed by `on`, or pending), and its state — `signed`; `approved` (not signed
 * yet); `declined` (its latest decision rejected the agreement); `to-act` (no decision, or only one
 * that proposed, tabled or returned the matter, or an outcome of the region's own vocabulary). With
 * the counts per state and the entry into force (`entry`): `known` with the date once every party
 * has signed (001 §24; `entryIntoForce`), `partial-list` when the party list is partial (the date
 * cannot be known, and none is invented), else `awaiting-signatures` or `no-parties`. Decisions and
 * signatures dated after `on` are left out, so the status of any past day can be asked.
 *
 * @param region - the region (or any value with its `agreements` and `parties`); validated
 * @param agreementId - the agreement's id (`etela-savo-2026-2029`)
 * @param on - the day, `YYYY-MM-DD`
 * @returns the status
 * @throws {ValidationError} when an input is invalid, or when the region has no agreement
 *   `agreementId` (code `unknown-reference`, `expected: 'agreement'`, `allowed`: the region's agreements)
 * @example
 * const status = agreementStatus(etelaSavo, 'etela-savo-2026-2029', '2025-12-01');
 * status.parties.find((p) => p.partyId === 'rantasalmi')?.state; // 'approved' (KHALL 03.11.2025 § 331)
 * status.parties.find((p) => p.partyId === 'mikkeli')?.state; // 'to-act'
 * status.entry; // { status: 'partial-list' }: 000 names the kinds of party, not every party
 */
export function agreementStatus(
  region: { readonly agreements: readonly Agreement[]; readonly parties: readonly Party[] },
  agreementId: string,
  on: string,
): AgreementStatus {
  const source = parseInput(StatusSource, region, 'region');
  const id = parseInput(Id, agreementId, 'agreementId');
  const day = parseInput(IsoDate, on, 'on');
  const status = trustedAgreementStatus(source, id, day);
  if (status !== undefined) return status;
  const allowed = source.agreements.map((a) => a.id);
  throw new ValidationError(
    [
      {
        code: 'custom',
        path: [],
        message: `no agreement with this id; the region's agreements: ${allowed.join(', ') || 'none'}`,
        params: { rule: 'unknown-reference', expected: 'agreement', allowed },
        input: id,
      },
    ],
    'agreementId',
  );
}
