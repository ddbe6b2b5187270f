import type { Agreement, Decision, Signature } from '../../model/agreement.js';
import type { Id, IsoDate, LocalizedText } from '../../model/common.js';
import { entryIntoForce } from './entryIntoForce.js';

/** What {@link agreementStatus} reads of a decision (a published decision has no `source`). */
export type StatusDecision = Pick<
  Decision,
  'partyId' | 'body' | 'date' | 'section' | 'caseNumber' | 'outcome' | 'electronic' | 'authorisedSignatory'
>;

/** What {@link agreementStatus} reads of a signature. */
export type StatusSignature = Pick<Signature, 'partyId' | 'date' | 'signatory' | 'method'>;

/** What {@link agreementStatus} reads of an agreement: a region's, or a published one. */
export interface StatusAgreement {
  readonly id: Agreement['id'];
  readonly title: LocalizedText;
  readonly period: { readonly start: IsoDate; readonly end?: IsoDate | undefined };
  readonly parties: readonly Id[];
  readonly partyList: Agreement['partyList'];
  readonly decisions: readonly StatusDecision[];
  readonly signatures: readonly StatusSignature[];
}

/** Where {@link agreementStatus} finds the agreement and its parties' names: a region, or `agreements.json`. */
export interface AgreementStatusSource {
  readonly agreements: readonly StatusAgreement[];
  readonly parties: readonly { readonly id: Id; readonly name: LocalizedText }[];
}

/**
 * Where a party stands on a day: it has `signed`; its body has `approved` the agreement (not signed
 * yet); it has `declined` (its latest decision rejected it); or it is still `to-act` (no decision,
 * or only one that proposed, tabled or returned the matter, or an outcome of the region's own).
 */
export type AgreementPartyState = 'signed' | 'approved' | 'declined' | 'to-act';

/** One party of an agreement on a day. */
export interface AgreementPartyStatus {
  readonly partyId: Id;
  /** The party's name; absent when no party row has the id. */
  readonly name?: LocalizedText;
  readonly state: AgreementPartyState;
  /** The party's decisions made by the day, oldest first (a committee's proposal, then the board's approval). */
  readonly decisions: readonly StatusDecision[];
  /** The post authorised to sign: from the latest decision that names one, else from the signature. */
  readonly signatory?: LocalizedText;
  /**
   * The party's signature: signed by the day (with its `date`), or pending (authorised, no date). A
   * signature dated after the day is not shown.
   */
  readonly signature?: StatusSignature;
}

/**
 * When the agreement enters into force, as far as the day's data can say: `known` once every party has
 * signed (`date`: the last signature, never before the period starts — it may lie after the day
 * asked about); `partial-list` when the party list is partial, so nobody can tell who still has to
 * sign; `awaiting-signatures` while `unsigned` parties have not signed; `no-parties` for an empty list.
 */
export type AgreementEntry =
  | { readonly status: 'known'; readonly date: IsoDate }
  | { readonly status: 'partial-list' }
  | { readonly status: 'awaiting-signatures'; readonly unsigned: number }
  | { readonly status: 'no-parties' };

/** An agreement's approvals and signatures on a day (sopimuksen hyväksyntä- ja allekirjoitustilanne). */
export interface AgreementStatus {
  readonly agreementId: Id;
  readonly title: LocalizedText;
  readonly period: StatusAgreement['period'];
  /** Whether the parties are the whole list or only those the sources name. */
  readonly partyList: StatusAgreement['partyList'];
  /** The day the status is of. */
  readonly on: IsoDate;
  /** Every listed party once, in the agreement's order. */
  readonly parties: readonly AgreementPartyStatus[];
  /** How many parties are in each state, and in all. */
  readonly counts: Readonly<Record<AgreementPartyState, number>> & { readonly parties: number };
  readonly entry: AgreementEntry;
}

const DECLINED: readonly string[] = ['rejected'];

function partyStatus(
  partyId: Id,
  agreement: StatusAgreement,
  on: IsoDate,
  names: ReadonlyMap<Id, LocalizedText>,
): AgreementPartyStatus {
  // Stable by date: of two decisions of one day the later in the list is the later decision.
  const decisions = agreement.decisions
    .filter((d) => d.partyId === partyId && d.date <= on)
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.date < b.d.date ? -1 : a.d.date > b.d.date ? 1 : a.i - b.i))
    .map(({ d }) => d);
  const own = agreement.signatures.filter((s) => s.partyId === partyId);
  const signed = own
    .filter((s) => s.date !== undefined && s.date <= on)
    .sort((a, b) => ((a.date as string) < (b.date as string) ? -1 : 1))[0];
  const signature = signed ?? own.find((s) => s.date === undefined);
  const latest = decisions[decisions.length - 1];
  const state: AgreementPartyState = signed
    ? 'signed'
    : latest?.outcome === 'approved'
      ? 'approved'
      : latest !== undefined && DECLINED.includes(latest.outcome)
        ? 'declined'
        : 'to-act';
  const signatory =
    [...decisions].reverse().find((d) => d.authorisedSignatory !== undefined)?.authorisedSignatory ??
    signature?.signatory;
  const name = names.get(partyId);
  return {
    partyId,
    ...(name ? { name } : {}),
    state,
    decisions,
    ...(signatory ? { signatory } : {}),
    ...(signature ? { signature } : {}),
  };
}

/**
 * Who has approved, signed, declined or is still to act on a cooperation agreement on a day, for data
 * already validated (a region, or a published `agreements.json`), as the main entry's
 * `agreementStatus` describes (which checks its arguments and then calls this). Decisions and
 * signatures dated after `on` are left out. Returns undefined when no agreement has the id.
 *
 * @param source - the agreements and the parties' names (valid; not checked)
 * @param agreementId - the agreement's id
 * @param on - the day, `YYYY-MM-DD` (not checked)
 * @returns the status, or undefined for an unknown id
 * @example
 * const source = {
 *   parties: [{ id: 'juva', name: { fi: 'Juvan kunta' } }, { id: 'mikkeli', name: { fi: 'Mikkelin kaupunki' } }],
 *   agreements: [{
 *     id: 'es', title: { fi: 'Yhteistyösopimus' }, period: { start: '2026-01-01', end: '2029-12-31' },
 *     parties: ['juva', 'mikkeli'], partyList: 'complete', signatures: [],
 *     decisions: [{ partyId: 'juva', body: { name: { fi: 'Kunnanhallitus' } }, date: '2025-11-03', section: 331, outcome: 'approved' }],
 *   }],
 * } as const;
 * agreementStatus(source, 'es', '2025-12-01')?.parties.map((p) => p.state); // ['approved', 'to-act']
 * agreementStatus(source, 'es', '2025-12-01')?.entry; // { status: 'awaiting-signatures', unsigned: 2 }
 */
export function agreementStatus(
  source: AgreementStatusSource,
  agreementId: string,
  on: IsoDate,
): AgreementStatus | undefined {
  const agreement = source.agreements.find((a) => a.id === agreementId);
  if (agreement === undefined) return undefined;
  const names = new Map(source.parties.map((p) => [p.id, p.name] as const));
  const parties = [...new Set(agreement.parties)].map((id) => partyStatus(id, agreement, on, names));
  const counts = { parties: parties.length, signed: 0, approved: 0, declined: 0, 'to-act': 0 };
  for (const party of parties) counts[party.state]++;
  const signedByThen = agreement.signatures.filter((s) => s.date !== undefined && s.date <= on);
  const date = entryIntoForce({ ...agreement, signatures: signedByThen });
  const entry: AgreementEntry =
    date !== undefined
      ? { status: 'known', date }
      : agreement.partyList === 'partial'
        ? { status: 'partial-list' }
        : parties.length === 0
          ? { status: 'no-parties' }
          : { status: 'awaiting-signatures', unsigned: parties.length - counts.signed };
  return {
    agreementId: agreement.id,
    title: agreement.title,
    period: agreement.period,
    partyList: agreement.partyList,
    on,
    parties,
    counts,
    entry,
  };
}
