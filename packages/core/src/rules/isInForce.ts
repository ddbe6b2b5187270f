import { Agreement } from '../model/agreement.js';
import { IsoDate } from '../model/common.js';
import { parseInput } from '../model/validation.js';

/**
 * Whether a cooperation agreement is in force (voimassa) on a day: every party has signed on or
 * before that day, and the day lies in the agreement period, both ends included. The agreement enters
 * into force when all parties have signed (001 §24), and never before its period starts.
 *
 * An agreement whose `partyList` is `partial` is never reported in force: while the full list of
 * parties is unknown, nobody can tell whether all of them have signed. An agreement without parties
 * is not in force either. Notice of termination is not considered; see `terminationEndDate`.
 *
 * @param agreement - the agreement; validated as {@link Agreement}
 * @param date - the day asked about, `YYYY-MM-DD`
 * @returns true when the agreement binds its parties on `date`
 * @throws {ValidationError} when `agreement` or `date` is invalid; the message names the field
 * @example
 * const agreement: Agreement = {
 *   id: 'es-2026-2029', countyId: 'eloisa', title: { fi: 'Perhekeskustoiminnan yhteistyösopimus' },
 *   period: { start: '2026-01-01', end: '2029-12-31' },
 *   parties: ['juva', 'mikkeli'], partyList: 'complete',
 *   decisions: [], backgroundDocuments: [], source: { document: '000_a8f13f1475d46feb.txt' },
 *   signatures: [
 *     { partyId: 'juva', date: '2025-11-20', source: { document: '000_a8f13f1475d46feb.txt' } },
 *     { partyId: 'mikkeli', date: '2026-02-03', source: { document: '000_a8f13f1475d46feb.txt' } },
 *   ],
 * };
 * isInForce(agreement, '2026-02-02'); // false: Mikkeli has not signed yet
 * isInForce(agreement, '2026-02-03'); // true
 * isInForce(agreement, '2030-01-01'); // false: the period has ended
 */
export function isInForce(agreement: Agreement, date: string): boolean {
  const parsed = parseInput(Agreement, agreement, 'agreement');
  const day = parseInput(IsoDate, date, 'date');
  if (parsed.partyList !== 'complete' || parsed.parties.length === 0) return false;
  // `YYYY-MM-DD` strings of fixed width order like the days they name: no Date, so no time zone.
  if (day < parsed.period.start || day > parsed.period.end) return false;
  return parsed.parties.every((partyId) =>
    parsed.signatures.some((signature) => signature.partyId === partyId && signature.date <= day),
  );
}
