import type { Agreement } from '../../model/agreement.js';
import type { IsoDate } from '../../model/common.js';

/** What {@link entryIntoForce} reads of an agreement: a published agreement has these fields too. */
export interface EntryAgreement {
  readonly period: { readonly start: IsoDate };
  readonly parties: readonly string[];
  readonly partyList: Agreement['partyList'];
  readonly signatures: readonly Pick<Agreement['signatures'][number], 'partyId' | 'date'>[];
}

/**
 * The day the agreement enters into force, for an agreement already validated: as the main entry's
 * `entryIntoForce` describes (which checks its argument and then calls this) — when every party has
 * signed (001 §24), never before the period starts; undefined while a party has not signed or its
 * signature is pending, when the party list is `partial`, or when there are no parties.
 *
 * @param agreement - the agreement (valid; not checked)
 * @returns `YYYY-MM-DD`, or undefined
 * @example
 * entryIntoForce({
 *   period: { start: '2026-01-01', end: '2029-12-31' }, parties: ['juva', 'mikkeli'], partyList: 'complete',
 *   signatures: [{ partyId: 'juva', date: '2025-11-20' }, { partyId: 'mikkeli', date: '2026-02-03' }],
 * }); // '2026-02-03'
 */
export function entryIntoForce(agreement: EntryAgreement): IsoDate | undefined {
  if (agreement.partyList !== 'complete' || agreement.parties.length === 0) return undefined;
  let latest = agreement.period.start;
  for (const partyId of new Set(agreement.parties)) {
    let first: string | undefined;
    for (const s of agreement.signatures) {
      if (s.partyId === partyId && s.date !== undefined && (first === undefined || s.date < first)) first = s.date;
    }
    if (first === undefined) return undefined;
    if (first > latest) latest = first;
  }
  return latest;
}
