import { Agreement } from '../model/agreement.js';
import { type Id, IsoDate } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { terminationEndDate } from './terminationEndDate.js';

/**
 * The agreement's parties on a day: every listed party except those whose notice (`notices`) has
 * taken effect, a party leaving after its last day — `endDate` when the notice records one, else the
 * day the termination rule gives (`terminationEndDate`).
 *
 * @param agreement - the agreement; validated as {@link Agreement}
 * @param date - the day asked about, `YYYY-MM-DD`
 * @returns the party ids in the agreement's order
 * @throws {ValidationError} when an input is invalid, or when a notice needs the termination rule
 *   and the agreement states none
 * @example
 * // Parties juva, mikkeli; Juva gave notice on 2027-03-01 under 001 §21 (ends 2027-12-31).
 * partiesOn(agreement, '2027-12-31'); // ['juva', 'mikkeli']
 * partiesOn(agreement, '2028-01-01'); // ['mikkeli']
 */
export function partiesOn(agreement: Agreement, date: string): Id[] {
  const parsed = parseInput(Agreement, agreement, 'agreement');
  const day = parseInput(IsoDate, date, 'date');
  const leaves = new Map<Id, string>();
  for (const notice of parsed.notices ?? []) {
    const last = notice.endDate ?? terminationEndDate(parsed, notice.date);
    const earlier = leaves.get(notice.partyId);
    leaves.set(notice.partyId, earlier !== undefined && earlier < last ? earlier : last);
  }
  return [...new Set(parsed.parties)].filter((id) => {
    const last = leaves.get(id);
    return last === undefined || day <= last;
  });
}
